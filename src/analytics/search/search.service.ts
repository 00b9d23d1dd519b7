/**
 * Actor search (docs/analytics.md, "Search"): case- and diacritic-insensitive, đ/Đ folded to d; an actor matches
 * when every whitespace-separated token of the folded text is a substring of its folded name or
 * folded Vietnamese name. Results in folded-name order.
 */
import type { Database } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import type { ActorKind } from "../../domain/enums";
import { fold } from "../../domain/fold";
import { badInput } from "../../graphql/errors";
import { listParam } from "../../graphql/inputs";
import type { NodeReader } from "../../graphql/read/projection";
import { pageSize } from "../../graphql/pagination";
import type { Actor } from "../../modules/actors/actor.type";

/** Longest search text: names are short, and every word is one more scan of the text index. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 10;

export function searchTokens(text: string): string[] {
  return fold(text).split(/\s+/).filter((token) => token.length > 0);
}

export async function searchActors(
  db: Database, actors: NodeReader<Actor>, text: string, kinds: ActorKind[] | null | undefined, first: number,
): Promise<Actor[]> {
  if (text.length > MAX_SEARCH_LENGTH) throw badInput("text", `must be at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}`);
  const tokens = searchTokens(text);
  if (tokens.length === 0) throw badInput("text", "must contain something to search for");
  if (tokens.length > MAX_SEARCH_WORDS) throw badInput("text", `must be at most ${MAX_SEARCH_WORDS} words, got ${tokens.length}`);
  const longest = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  const rows = await db.read("queries/analytics/search/actors", {
    ...actors.params(), tokens, longest, kinds: listParam(kinds), limit: toNeo4jInt(pageSize(first)),
  });
  return rows.map((r) => actors.map(r.node));
}
