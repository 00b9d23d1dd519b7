/** Worker thread: ranks the actor graph snapshot it is given (see ranking.ts) and posts the ranking back. */
import { parentPort, workerData } from "node:worker_threads";
import { rankSnapshot, type ActorGraphSnapshot } from "./ranking";

const { snapshot, budgetMs, keep } = workerData as { snapshot: ActorGraphSnapshot; budgetMs: number; keep: number };
parentPort!.postMessage(rankSnapshot(snapshot, budgetMs, keep));
