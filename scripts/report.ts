/**
 * `npm run report -- --plan ID --year Y [--unit ID] --out FILE.docx`: writes the yearly report
 * (src/reports) of a plan for a year, for the province or one unit, from the graph in Neo4j
 * (NEO4J_URI, or the project's local Neo4j). The same document as GET /reports/yearly.docx.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ConfigError, neo4jConfig } from "../src/config";
import { connectNeo4j } from "../src/db/connect";
import { LocalNeo4jError } from "../src/db/localNeo4j";
import { ParameterError } from "../src/exports/tables";
import { createContext, type Context } from "../src/graphql/context";
import { inProcessExecutor } from "../src/graphql/inProcess";
import { HttpError } from "../src/http/body";
import { yearlyQuestion, yearlyReport } from "../src/reports/route";
import { appSchema } from "../src/schema";
import { apolloOptions } from "../src/server";

const USAGE = "Usage: npm run report -- --plan ID --year YEAR [--unit ID] --out FILE.docx";

class UsageError extends Error {}

const FLAGS: Record<string, string> = { "--plan": "planId", "--year": "year", "--unit": "unitId", "--out": "out" };

function parseArgs(argv: string[]): URLSearchParams & { out?: string } {
  const params = new URLSearchParams();
  for (let i = 0; i < argv.length; i++) {
    const name = FLAGS[argv[i]];
    if (!name) throw new UsageError(`unknown argument ${argv[i]}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${argv[i - 1]} needs a value`);
    params.set(name, value);
  }
  if (!params.get("out")) throw new UsageError("--out FILE.docx is missing");
  return params;
}

/** A parameter's message with the command's flag names in place of the URL's. */
function asFlags(message: string): string {
  return message.replace(/^planId:/, "--plan:").replace(/^year:/, "--year:").replace(/^unitId:/, "--unit:");
}

async function main(): Promise<number> {
  const params = parseArgs(process.argv.slice(2));
  const out = path.resolve(params.get("out")!);
  params.delete("out");
  const question = yearlyQuestion(params);
  const neo4j = await connectNeo4j(neo4jConfig(), (line) => console.error(line));
  const apollo = new ApolloServer<Context>(apolloOptions(await appSchema(), { production: true }));
  await apollo.start();
  try {
    console.error(`Asking for the figures of ${question.planId}, ${question.year}${question.unitId ? `, unit ${question.unitId}` : ""}…`);
    const report = await yearlyReport(inProcessExecutor(apollo, () => createContext(neo4j.db)), question);
    fs.writeFileSync(out, report.body);
    console.log(`Wrote ${out} (${(report.body.length / 1024).toFixed(0)} KiB)`);
    return 0;
  } finally {
    await apollo.stop();
    await neo4j.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof ParameterError || error instanceof HttpError) console.error(asFlags(error.message));
    else if (error instanceof ConfigError || error instanceof LocalNeo4jError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
