/**
 * The brokers ranking stored in Neo4j with the graph version it ranks (one :BrokersRanking node,
 * replaced by each new ranking): a service that starts on a store whose version was ranked answers
 * at once, and so does every instance of the service after one of them ranked a version. It goes
 * with the store (a backup, a copy, an external Neo4j). A stored ranking of any other version is
 * never read (stored-ranking.cypher); storing fails quietly where the service may not write (a read
 * replica, a read-only user): the ranking is then kept in memory only.
 */
import type { Database } from "../../db/database";
import type { Ranking } from "./ranking";

/** A ranking and the graph version it was computed from. */
export interface VersionedRanking extends Ranking {
  version: string;
  /** When the ranking was ready (ISO 8601). */
  computedAt: string;
  /** Time from the start of the ranking to the graph in the worker (read whole, or patched), in ms. */
  readMilliseconds: number;
  /** How this process had it: the graph read whole, patched after writes, or the ranking read as stored. */
  graphRead: "whole" | "patched" | "stored";
}

/** The graph's version, and the ranking stored for it (null when none was, or it cannot be read back). */
export async function readStoredRanking(db: Database): Promise<{ version: string; ranking: VersionedRanking | null }> {
  const [row] = await db.read("queries/analytics/network/stored-ranking");
  const version = String(row?.version ?? "");
  return { version, ranking: typeof row?.ranking === "string" ? parsed(row.ranking, version) : null };
}

/** Stores `ranking` if its version is still the graph's; never throws. */
export async function storeRanking(db: Database, ranking: VersionedRanking): Promise<void> {
  try {
    // As computed (`graphRead` says how the graph was had then): read back, it is "stored".
    await db.write("analytics/store-brokers-ranking", { version: ranking.version, ranking: JSON.stringify(ranking) });
  } catch {
    // Not stored: the next service start ranks this version again.
  }
}

/** The stored JSON as a ranking of `version`, or null when it is not one (stored by another release of the service). */
function parsed(json: string, version: string): VersionedRanking | null {
  try {
    const value = JSON.parse(json) as VersionedRanking;
    if (value.version !== version || !Array.isArray(value.ranked) || typeof value.exact !== "boolean" || typeof value.pivots !== "number") return null;
    return { ...value, graphRead: "stored" };
  } catch {
    return null;
  }
}
