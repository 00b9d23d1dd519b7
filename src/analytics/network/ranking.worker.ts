/**
 * Worker thread (see `RankingWorker` in ranking.ts): keeps the actor graph it is given between
 * requests, whole or as a patch of the one it holds, and ranks it when asked. Requests arrive in
 * order; a ranking whose task number the shared flag has reached stops between two searches.
 */
import { parentPort, workerData } from "node:worker_threads";
import { RankingStopped } from "./brandes";
import { patchSnapshot, rankSnapshot, sortRows, type ActorGraphSnapshot, type RankingRequest, type WorkerReply } from "./ranking";

const { stopBelow } = workerData as { stopBelow: Int32Array };
let graph: ActorGraphSnapshot | null = null;

const reply = (message: WorkerReply) => parentPort!.postMessage(message);

parentPort!.on("message", ({ task, ...request }: RankingRequest & { task: number }) => {
  const stopped = () => Atomics.load(stopBelow, 0) >= task;
  try {
    // The graph first, even when the ranking is already stopped: the next request patches this one.
    if ("snapshot" in request.graph) graph = sortRows(request.graph.snapshot);
    else if (graph) graph = patchSnapshot(graph, request.graph.patch);
    else throw new Error("a patch came before any graph");
    if (request.rank === false) return reply({ task, ranking: null });
    if (stopped()) return reply({ task, stopped: true });
    const { budgetMs, keep, startedAt } = request.rank;
    reply({ task, ranking: rankSnapshot(graph, { budgetMs, keep, spentMs: Date.now() - startedAt, stopped }) });
  } catch (error) {
    if (error instanceof RankingStopped) reply({ task, stopped: true });
    else reply({ task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
