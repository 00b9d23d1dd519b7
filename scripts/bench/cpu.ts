/**
 * Where a mix item's time goes inside the service: runs the item through the real schema in-process
 * (no HTTP), alternating with the same item executed by graphql-js instead of graphql-jit (see
 * src/graphql/executor.ts), read level by level (nested reads off, see src/graphql/read/engine.ts), and
 * with its floor statements; prints per request the median wall time and Node CPU of each. For profiling work on one item between full
 * benchmark runs; the numbers that count are `npm run bench`'s.
 *
 *   NODE_ENV=production NEO4J_URI=bolt://127.0.0.1:7687 node --max-semi-space-size=64 --import tsx scripts/bench/cpu.ts page [RUNS]
 *
 * against a Neo4j that holds a generated dataset (e.g. `NEO4J_LOCAL_DIR=.bench/neo4j-m-seed1 npm run neo4j`).
 * NODE_ENV=production matters: graphql-js runs extra checks otherwise.
 */
import "reflect-metadata";
import neo4j from "neo4j-driver";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { appSchema } from "../../src/schema";
import { createPipeline } from "../../src/server";
import type { GraphQLPipeline } from "../../src/graphql/pipeline";
import { pickArguments, queryMix } from "./mix";
import { runFloor } from "./targets";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<number> {
  const [itemName = "page", runsText = "30"] = process.argv.slice(2);
  const runs = Number(runsText);
  const uri = process.env.NEO4J_URI;
  if (!uri || !Number.isInteger(runs) || runs < 1) {
    console.error("Usage: NEO4J_URI=bolt://… npx tsx scripts/bench/cpu.ts ITEM [RUNS]");
    return 2;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "neo4j"));
  const schema = await appSchema();
  const compiled = createPipeline(schema, { production: true });
  const interpreted = createPipeline(schema, { production: true, execution: "graphql-js" });
  try {
    const item = queryMix(await pickArguments(driver)).find((i) => i.name === itemName);
    if (!item) throw new Error(`no mix item "${itemName}"`);
    const db = new Database(driver);
    const contenders: { name: string; server?: GraphQLPipeline; nested?: boolean; wall: number[]; cpu: number[] }[] = [
      { name: "service", server: compiled, nested: true, wall: [], cpu: [] },
      { name: "graphql-js executor", server: interpreted, nested: true, wall: [], cpu: [] },
      { name: "level by level", server: compiled, nested: false, wall: [], cpu: [] },
      { name: "floor", wall: [], cpu: [] },
    ];
    for (let run = 0; run < runs; run++) {
      for (const contender of contenders) {
        const started = performance.now();
        const usage = process.cpuUsage();
        if (contender.server) {
          const { result } = await contender.server.run(item.service, createContext(db, { nested: contender.nested }));
          if (result.errors) throw new Error(JSON.stringify(result.errors));
        } else {
          await runFloor(driver, item.floor);
        }
        const used = process.cpuUsage(usage);
        contender.wall.push(performance.now() - started);
        contender.cpu.push((used.user + used.system) / 1000);
      }
    }
    const ms = (values: number[]) => median(values).toFixed(1);
    console.log(`${itemName}, ${runs} runs, medians:`);
    for (const { name, wall, cpu } of contenders) console.log(`  ${name.padEnd(20)} ${ms(wall).padStart(7)} ms (Node CPU ${ms(cpu)} ms)`);
    return 0;
  } finally {
    await driver.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
