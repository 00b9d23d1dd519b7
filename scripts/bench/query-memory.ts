/**
 * `npm run bench:query-memory`: what one distinct query text costs the service in memory, to size
 * its two caches (src/graphql/queryCaches.ts): the parsed and validated documents, and
 * graphql-jit's compiled operations. Runs N distinct operations of a few shapes through the real
 * pipeline and executor against NEO4J_URI (any graph), with both caches unbounded, then prints
 * the heap they hold per operation, per selected field and per byte of query text: first both,
 * then with the compiled operations dropped. Runs itself with --expose-gc.
 */
import "reflect-metadata";
import { spawnSync } from "node:child_process";
import { Kind, parse, visit } from "graphql";
import neo4j from "neo4j-driver";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { createQueryCaches } from "../../src/graphql/queryCaches";
import { appSchema } from "../../src/schema";
import { createPipeline } from "../../src/server";

const SHAPES: Record<string, (i: number) => string> = {
  "entity page": (i) => `{ actors(first: 1, after: "${Buffer.from(`id:p${i}`).toString("base64url")}") { edges { node { id name partnerships { id title } } } } }`,
  "front-end page": (i) => `query P${i} { countries { code name partners(first: 5) { edges { node { id name partnerships { id title activities(first: 5, orderBy: NEWEST_FIRST) { edges { node { id title date } } } } } } } } }`,
  "wide actor": (i) => `{ actor(id: "a${i}") { ${Array.from({ length: 13 }, (_, k) => `f${k}: partnerships { id title }`).join(" ")} } }`,
  "deep, 14 levels": (i) => `{ actor(id: "a${i}") { id ${"partnerships { id foreignParties { id ".repeat(6)} name ${"} } ".repeat(6)} } }`,
};

function fields(query: string): number {
  let n = 0;
  visit(parse(query), { [Kind.FIELD]: () => void n++ });
  return n;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KiB`;

async function main(): Promise<void> {
  if (!global.gc) {
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", __filename, ...process.argv.slice(2)], { stdio: "inherit" });
    process.exit(run.status ?? 1);
  }
  const gc = global.gc;
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("set NEO4J_URI (and NEO4J_PASSWORD) to a Neo4j holding any partner-network graph");
  const db = new Database(neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "")));
  const schema = await appSchema();
  const count = Number(process.argv[2] ?? 300);
  console.log(`${count} distinct operations per shape, run once each; heap held after a full GC:`);
  console.log(`  ${"shape".padEnd(16)} ${"fields".padStart(6)} ${"text".padStart(6)}   both caches    compiled    documents   compiled/field  documents/text byte`);
  for (const [name, make] of Object.entries(SHAPES)) {
    const caches = createQueryCaches(schema, 2 ** 41);
    const { compiled: compiledCache, documents } = caches;
    const pipeline = createPipeline(schema, { production: true, queryCaches: caches });
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < count; i++) await pipeline.run({ query: make(i) }, createContext(db));
    gc();
    const both = (process.memoryUsage().heapUsed - before) / count;
    compiledCache.clear();
    gc();
    const documentsOnly = (process.memoryUsage().heapUsed - before) / count;
    const compiled = both - documentsOnly;
    documents.clear();
    gc();
    const neither = (process.memoryUsage().heapUsed - before) / count;
    const text = Buffer.byteLength(make(0));
    console.log(`  ${name.padEnd(16)} ${String(fields(make(0))).padStart(6)} ${String(text).padStart(6)}  ${kib(both)}  ${kib(compiled)}  ${kib(documentsOnly)}   ${kib(compiled / fields(make(0)))}      ${(documentsOnly / text).toFixed(0).padStart(5)} B   (after both cleared: ${kib(neither)})`);
  }
  await db.close();
}

void main();
