/**
 * Where a mix item's time goes inside the service: runs the item through the real schema in-process
 * (no HTTP), alternating with the same item read level by level (nested reads off, see
 * src/graphql/nested.ts) and with its floor statements, and prints per request the wall time and
 * the Node CPU of the service both ways, and the floor's wall time. For profiling work on one item between full
 * benchmark runs; the numbers that count are `npm run bench`'s.
 *
 *   NODE_ENV=production NEO4J_URI=bolt://127.0.0.1:7687 node --max-semi-space-size=64 --import tsx scripts/bench/cpu.ts page [RUNS]
 *
 * against a Neo4j that holds a generated dataset (e.g. `NEO4J_LOCAL_DIR=.bench/neo4j-m-seed1 npm run neo4j`).
 * NODE_ENV=production matters: graphql-js runs extra checks otherwise.
 */
import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import neo4j from "neo4j-driver";
import { Database } from "../../src/db/database";
import { createContext, type Context } from "../../src/graphql/context";
import { appSchema } from "../../src/graphql/schema";
import { apolloOptions } from "../../src/server";
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
  const server = new ApolloServer<Context>(apolloOptions(await appSchema(), { production: true }));
  try {
    const item = queryMix(await pickArguments(driver)).find((i) => i.name === itemName);
    if (!item) throw new Error(`no mix item "${itemName}"`);
    await server.start();
    const db = new Database(driver);
    const timed = async (nested: boolean, wall: number[], cpu: number[]) => {
      const started = performance.now();
      const usage = process.cpuUsage();
      const response = await server.executeOperation(item.service, { contextValue: createContext(db, { nested }) });
      const used = process.cpuUsage(usage);
      wall.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
      if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
    };
    const service: number[] = [], cpu: number[] = [], levels: number[] = [], levelsCpu: number[] = [], floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      await timed(true, service, cpu);
      await timed(false, levels, levelsCpu);
      const floorStarted = performance.now();
      await runFloor(driver, item.floor);
      floor.push(performance.now() - floorStarted);
    }
    const ms = (values: number[]) => median(values).toFixed(1);
    console.log(
      `${itemName}, ${runs} runs, medians: service ${ms(service)} ms (Node CPU ${ms(cpu)} ms), ` +
        `level by level ${ms(levels)} ms (Node CPU ${ms(levelsCpu)} ms), floor ${ms(floor)} ms`,
    );
    return 0;
  } finally {
    await server.stop();
    await driver.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
