/** Worker thread: ranks the actor graph it is given (see betweenness.ts) and posts the result back. */
import { parentPort, workerData } from "node:worker_threads";
import { betweennessScores } from "./betweenness";

const { actorIds, edges } = workerData as { actorIds: string[]; edges: [string, string][] };
parentPort!.postMessage(betweennessScores(actorIds, edges));
