/** The brokers ranking of a test graph from the definition, apart from the service's precomputation. */
import { betweennessScores } from "../../src/analytics/network/betweenness";
import type { Database } from "../../src/db/database";
import { toNeo4jInt } from "../../src/db/mapping";

/** The exact ranking of the graph in `db`: every actor, its engagements read whole afresh, betweenness from the definition. */
export async function exactBrokers(db: Database): Promise<{ id: string; betweenness: number }[]> {
  const rows = await db.read("queries/analytics/network/actor-engagements", { after: "", pageSize: toNeo4jInt(1_000_000) });
  const byEngagement = new Map<number, string[]>();
  for (const row of rows) for (const e of row.engagements as number[]) byEngagement.set(e, [...(byEngagement.get(e) ?? []), row.id as string]);
  const edges: [string, string][] = [];
  for (const members of byEngagement.values()) for (const a of members) for (const b of members) if (a < b) edges.push([a, b]);
  return betweennessScores(rows.map((r) => r.id as string), edges);
}

/** Deletes the ranking stored with the graph (src/analytics/network/stored.ts): the next service to ask ranks the graph itself. */
export async function forgetStoredRanking(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run("MATCH (r:BrokersRanking) DELETE r");
  } finally {
    await session.close();
  }
}
