/**
 * Betweenness centrality of the actor graph (docs/analytics.md, "The actor graph": brokers), and the worker thread that
 * computes it off the service's event loop.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";

/** Betweenness values are rounded to this many decimals, so float noise neither shows nor breaks ties. */
export const BETWEENNESS_DECIMALS = 6;

export function roundBetweenness(value: number): number {
  const scale = 10 ** BETWEENNESS_DECIMALS;
  return Math.round(value * scale) / scale;
}

/**
 * Betweenness centrality of every actor: for every unordered pair {s, t} of other actors, the share
 * of shortest s–t paths through the actor, summed; undirected, unweighted, not normalised.
 * Ordered by betweenness (rounded), highest first, then by actor id.
 */
export function betweennessScores(actorIds: string[], edges: [string, string][]): { id: string; betweenness: number }[] {
  const graph = new UndirectedGraph();
  for (const id of actorIds) graph.mergeNode(id);
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  // Brandes' accumulation counts every pair twice on an undirected graph, once from each end;
  // with normalized: false graphology-metrics halves the sums itself when graph.type is
  // "undirected" (it does not for a mixed-type Graph), so these are sums over unordered pairs.
  // getEdgeWeight: null selects the unweighted (breadth-first) variant.
  const scores = betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
  return actorIds
    .map((id) => ({ id, betweenness: roundBetweenness(scores[id] ?? 0) }))
    .sort((x, y) => y.betweenness - x.betweenness || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * The worker's entry. Compiled ahead of time (the Docker image runs dist/), it is the worker's
 * JavaScript; from the sources, it registers tsx (a runtime dependency, as for `npm start`) and
 * loads the TypeScript worker. Absolute paths: code evaluated in a worker resolves modules from the
 * working directory.
 */
const WORKER_BOOTSTRAP = __filename.endsWith(".js")
  ? `require(${JSON.stringify(path.join(__dirname, "betweenness.worker.js"))});`
  : `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); ` +
    `require(${JSON.stringify(path.join(__dirname, "betweenness.worker.ts"))});`;

/**
 * `betweennessScores` in a worker thread. The worker registers its own TypeScript loader: Node does
 * not hand a worker the loader hooks of the process that starts it.
 */
export function rankInWorker(actorIds: string[], edges: [string, string][]): Promise<{ id: string; betweenness: number }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { actorIds, edges } });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => {
      // After a message this settles nothing; without one, the worker died before answering.
      if (code !== 0) reject(new Error(`betweenness worker stopped with exit code ${code}`));
    });
  });
}
