/**
 * Actor search (docs/analytics.md, "Search"): case- and diacritic-insensitive, đ/Đ folded to d; an actor matches
 * when every whitespace-separated token of the folded text is a substring of its folded name or
 * folded Vietnamese name. Results in folded-name order.
 */
import type { Database } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import type { ActorKind } from "../../domain/enums";
import { badInput } from "../../graphql/errors";
import { foldedWords, listParam } from "../../graphql/inputs";
import type { NodeReader } from "../../graphql/read/projection";
import { pageSize } from "../../graphql/pagination";
import type { Actor } from "../../modules/actors/actor.type";

export async function searchActors(
  db: Database, actors: NodeReader<Actor>, text: string, kinds: ActorKind[] | null | undefined, first: number,
): Promise<Actor[]> {
  const tokens = foldedWords(text, "text");
  if (tokens.length === 0) throw badInput("text", "must contain something to search for");
  const longest = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  const rows = await db.read("queries/analytics/search/actors", {
    ...actors.params(), tokens, longest, kinds: listParam(kinds), limit: toNeo4jInt(pageSize(first)),
  });
  return rows.map((r) => actors.map(r.node));
}
