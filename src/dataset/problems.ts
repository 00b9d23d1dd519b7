/** A problem found in a dataset, named by its JSON path (`activities[17].partnershipId: unknown id "p9"`). */

export interface DatasetProblem {
  /** JSON path of the offending value, e.g. `partnerships[2].foreignPartyIds[0]`. */
  path: string;
  message: string;
}

export function formatProblem(p: DatasetProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** `["actors", 3, "contact", "email"]` → `actors[3].contact.email` */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
