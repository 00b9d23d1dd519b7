/**
 * Exact betweenness of a graph given as actor ids and edges (docs/analytics.md, "The actor graph": brokers):
 * the definition in its plainest form, for small graphs and tests. The service ranks through
 * ranking.ts, in a worker, within a time budget.
 */
import { betweenness, csrFromEdges } from "./brandes";
import { roundBetweenness } from "./ranking";

/**
 * Betweenness centrality of every actor: for every unordered pair {s, t} of other actors, the share
 * of shortest s–t paths through the actor, summed; undirected, unweighted, not normalised.
 * Ordered by betweenness (rounded), highest first, then by actor id.
 */
export function betweennessScores(actorIds: string[], edges: [string, string][]): { id: string; betweenness: number }[] {
  const index = new Map(actorIds.map((id, i) => [id, i]));
  const pairs = new Map<string, [number, number]>();
  for (const [a, b] of edges) {
    const [x, y] = [index.get(a)!, index.get(b)!].sort((p, q) => p - q);
    if (x !== y) pairs.set(`${x} ${y}`, [x, y]); // each edge once, no loops
  }
  const from = Int32Array.from([...pairs.values()], (p) => p[0]);
  const to = Int32Array.from([...pairs.values()], (p) => p[1]);
  const { values } = betweenness(csrFromEdges(actorIds.length, from, to), { budgetMs: Infinity });
  return actorIds
    .map((id, i) => ({ id, betweenness: roundBetweenness(values[i]) }))
    .sort((x, y) => y.betweenness - x.betweenness || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
