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

/** Problems listed in a report at most; beyond, they are counted. */
export const MAX_LISTED_PROBLEMS = 1000;

/**
 * Problems kept up to a limit and counted beyond it: a file with millions of broken records gets
 * a report of its first problems and their total, not millions of objects in memory.
 */
export class ProblemList {
  readonly kept: DatasetProblem[] = [];
  private count = 0;

  constructor(readonly limit = MAX_LISTED_PROBLEMS) {}

  /** Every problem added, kept or not. */
  get total(): number {
    return this.count;
  }

  add(problem: DatasetProblem): void {
    this.count++;
    if (this.kept.length < this.limit) this.kept.push(problem);
  }

  /** Another list's problems after this one's, with its uncounted rest. */
  append(other: ProblemList): void {
    for (const problem of other.kept) this.add(problem);
    this.count += other.total - other.kept.length;
  }
}
