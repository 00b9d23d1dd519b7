/**
 * Every permission rule, in one place: resolvers ask here, never decide by themselves. Each rule has
 * a name, which a refusal cites (code FORBIDDEN).
 */
import type { Caller } from "./caller";

/** `Actor.contact` (a person's name, e-mail, phone) is shown to EDITOR and ADMIN only. */
export function mayReadContacts(caller: Caller): boolean {
  return caller.kind === "user" && (caller.role === "EDITOR" || caller.role === "ADMIN");
}
