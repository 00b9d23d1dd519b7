/**
 * Who is asking: anonymous, or the user a verified token names, with a role and (for an EDITOR)
 * the domestic unit whose work they record (docs/writes.md, "Roles").
 */
export const ROLES = ["VIEWER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Caller =
  | { kind: "anonymous" }
  | { kind: "user"; sub: string; role: Role; unitId: string | null };

export const ANONYMOUS: Caller = { kind: "anonymous" };

/** Why a request's credentials are refused: the whole request is answered HTTP 401 UNAUTHENTICATED. */
export class Unauthenticated extends Error {}
