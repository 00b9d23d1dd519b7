/**
 * `npm run report -- --plan ID --year Y [--unit ID] --out FILE.docx`: writes the yearly report
 * (src/reports) of a plan for a year, for the province or one unit, from the graph in Neo4j
 * (NEO4J_URI, or the project's local Neo4j, as `npm run import` opens it). The questions go through
 * the same in-process GraphQL as GET /reports/yearly.docx, so the document is the same.
 * Progress goes to stderr; a bad flag, an unknown plan or a year outside it exits 1 naming the flag.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, neo4jConfig } from "../src/config";
import { connectNeo4j } from "../src/db/connect";
import { LocalNeo4jError } from "../src/db/localNeo4j";
import { createContext } from "../src/graphql/context";
import { inProcessExecutor } from "../src/graphql/inProcess";
import { HttpError } from "../src/http/body";
import { yearlyQuestion, yearlyReport } from "../src/reports/route";
import { appSchema } from "../src/schema";
import { createPipeline } from "../src/server";

const USAGE = "Usage: npm run report -- --plan ID --year YEAR [--unit ID] --out FILE.docx";

class UsageError extends Error {}

/** Each flag and the URL parameter of GET /reports/yearly.docx it stands for. */
const FLAGS: Record<string, string> = { "--plan": "planId", "--year": "year", "--unit": "unitId" };
const FLAG_OF: Record<string, string> = Object.fromEntries(Object.entries(FLAGS).map(([flag, parameter]) => [parameter, flag]));

function parseArgs(argv: string[]): { params: URLSearchParams; out: string } {
  const params = new URLSearchParams();
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag !== "--out" && !FLAGS[flag]) throw new UsageError(`unknown argument ${flag}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    if (flag === "--out") out = value;
    else params.set(FLAGS[flag], value);
  }
  if (!out) throw new UsageError("--out FILE.docx is missing");
  return { params, out: path.resolve(out) };
}

async function main(): Promise<number> {
  const { params, out } = parseArgs(process.argv.slice(2));
  const question = yearlyQuestion(params);
  const neo4j = await connectNeo4j(neo4jConfig(), (line) => console.error(line));
  const pipeline = createPipeline(await appSchema(), { production: true });
  try {
    console.error(`Asking for the figures of ${question.planId}, ${question.year}${question.unitId ? `, unit ${question.unitId}` : ""}…`);
    const report = await yearlyReport(inProcessExecutor(pipeline, () => createContext(neo4j.db)), question);
    fs.writeFileSync(out, report.body);
    console.error(`Wrote ${out} (${(report.body.length / 1024).toFixed(0)} KiB)`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof HttpError) {
      // A parameter's message, with the command's flag in place of the URL's name.
      const parameter = String(error.extensions.parameter ?? "");
      console.error(FLAG_OF[parameter] ? error.message.replace(`${parameter}:`, `${FLAG_OF[parameter]}:`) : error.message);
    } else if (error instanceof ConfigError || error instanceof LocalNeo4jError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
