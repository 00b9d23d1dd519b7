/**
 * Worker thread (see `RankingWorker` in ranking.ts): keeps the actor graph it is given between
 * requests (heldGraph.ts), whole or as a patch of the one it holds, and ranks it when asked.
 * Requests arrive in order; a ranking whose task number the shared flag has reached stops between
 * two searches.
 */
import { parentPort, workerData } from "node:worker_threads";
import { RankingStopped } from "./brandes";
import { type HeldGraph, patchedGraph, wholeGraph } from "./heldGraph";
import { rankGraph, type RankingRequest, type WorkerReply } from "./ranking";

const { stopBelow } = workerData as { stopBelow: Int32Array };
let graph: HeldGraph | null = null;

const reply = (message: WorkerReply) => parentPort!.postMessage(message);

parentPort!.on("message", ({ task, ...request }: RankingRequest & { task: number }) => {
  const stopped = () => Atomics.load(stopBelow, 0) >= task;
  try {
    // The graph first, even when the ranking is already stopped: the next request patches this one.
    const started = performance.now();
    if ("snapshot" in request.graph) graph = wholeGraph(request.graph.snapshot);
    else if (graph) graph = patchedGraph(graph, request.graph.patch);
    else throw new Error("a patch came before any graph");
    const buildMilliseconds = performance.now() - started;
    if (request.rank === false) return reply({ task, ranking: null });
    if (stopped()) return reply({ task, stopped: true });
    const { budgetMs, keep, startedAt } = request.rank;
    reply({ task, ranking: rankGraph(graph, { budgetMs, keep, spentMs: Date.now() - startedAt, buildMilliseconds, stopped }) });
  } catch (error) {
    if (error instanceof RankingStopped) reply({ task, stopped: true });
    else reply({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
