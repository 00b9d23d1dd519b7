/**
 * `npm run bench:allocation -- --scale S|M [--items page,search] [--requests 20]`
 *
 * What one request of each mix item allocates in Node, the service against its floor: the item runs
 * in-process (the service's GraphQL pipeline over the real schema, no HTTP; the floor's statements
 * through the same read call) against the benchmarks' store of the scale, and V8's sampling heap
 * profiler counts every sampled allocation, including objects the young-generation collector has
 * already freed. What a request allocates does not depend on what else the machine is doing, so
 * two builds can be compared on a busy machine; the garbage collector's share of a large page's
 * CPU follows it. Prints MB per request and the functions that allocate most.
 */
import "reflect-metadata";
import inspector from "node:inspector/promises";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { appSchema } from "../../src/schema";
import { productionStackTraces } from "../../src/observability/stackTraces";
import { createPipeline } from "../../src/server";
import { pickArguments, queryMix } from "./mix";
import { log, openStore, runCommandLine } from "./store";
import { runFloor } from "./targets";

interface Options {
  scale: string;
  seed: number;
  items: string[];
  requests: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "S", seed: 1, items: ["page", "search", "collaborators", "connection"], requests: 20 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case "--scale": options.scale = value; break;
      case "--seed": options.seed = Number(value); break;
      case "--items": options.items = value.split(","); break;
      case "--requests": options.requests = Number(value); break;
      default: throw new Error(`unknown argument ${argv[i]}\nUsage: npm run bench:allocation -- --scale S|M [--items page,search] [--requests 20]`);
    }
  }
  if (!Number.isInteger(options.requests) || options.requests < 1) throw new Error("--requests must be a positive whole number");
  return options;
}

/** A node of V8's sampling heap profile. */
interface SampleNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SampleNode[];
}

/** Bytes allocated per function (`name file`), from a sampling heap profile. */
function bytesByFunction(head: SampleNode): Map<string, number> {
  const bytes = new Map<string, number>();
  const visit = (node: SampleNode) => {
    const name = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").pop() || "(generated)"}`;
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(head);
  return bytes;
}

/** Bytes `work` allocates per call, measured over `requests` calls after 10 warm-up ones. */
async function allocated(session: inspector.Session, work: () => Promise<void>, requests: number): Promise<Map<string, number>> {
  for (let i = 0; i < 10; i++) await work();
  await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  for (let i = 0; i < requests; i++) await work();
  const { profile } = await session.post("HeapProfiler.stopSampling");
  const perRequest = new Map<string, number>();
  for (const [name, bytes] of bytesByFunction(profile.head as unknown as SampleNode)) perRequest.set(name, bytes / requests);
  return perRequest;
}

const total = (bytes: Map<string, number>) => [...bytes.values()].reduce((sum, b) => sum + b, 0);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  productionStackTraces(true); // as the service runs
  const { local, driver } = await openStore(options);
  const pipeline = createPipeline(await appSchema(), { production: true });
  const session = new inspector.Session();
  session.connect();
  try {
    const db = new Database(driver);
    const mix = queryMix(await pickArguments(driver));
    for (const name of options.items) {
      const item = mix.find((i) => i.name === name);
      if (!item) throw new Error(`no item "${name}" in the bench mix`);
      const service = await allocated(session, async () => {
        const { result } = await pipeline.run(item.service, createContext(db, {}));
        if (result.errors) throw new Error(JSON.stringify(result.errors));
      }, options.requests);
      const floor = await allocated(session, async () => void (await runFloor(driver, item.floor)), options.requests);
      log(`${name}: service ${mb(total(service))} per request, floor ${mb(total(floor))} (${(total(service) / total(floor)).toFixed(2)}×)`);
      const top = [...service].sort((a, b) => b[1] - a[1]).slice(0, 12);
      for (const [fn, bytes] of top) log(`  ${(bytes / 1e3).toFixed(0).padStart(7)} KB  ${fn}`);
    }
  } finally {
    session.disconnect();
    await driver.close();
    await local.stop();
  }
}

runCommandLine(main);
