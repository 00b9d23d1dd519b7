/**
 * The shape check of a dataset, one record at a time: each raw record is checked by its zod schema
 * (format.ts) and only the parsed copy is kept, so a file read as a stream is never held twice.
 * Problems are reported in a fixed order (the document, then section by section), whatever order
 * the file lists its sections in, so a file and the same document as an object read alike.
 */
import { z } from "zod";
import {
  type Dataset, actorSchema, activitySchema, countrySchema, documentSchema, exchangeRateSchema,
  membershipSchema, partnershipSchema, permitSchema, planSchema, projectSchema, reportSchema, reviewSchema, taskSchema,
} from "./format";
import { type DatasetProblem, ProblemList, jsonPath } from "./problems";

export type Section = keyof Dataset;

/**
 * Records one import reads at most: five times the generated national L network (2.3 million), and
 * a bound on the memory an import holds (every parsed record is kept until the writes are done).
 */
export const MAX_RECORDS = 12_000_000;

/** The file holds more records than one import takes. */
export class TooManyRecords extends Error {
  constructor(readonly path: string) {
    super(`${path}: the file holds more than ${MAX_RECORDS} records, more than one import takes; split it into several files`);
  }
}

/** The order problems are reported in (plans last: their tasks are checked with them). */
export const SECTIONS: readonly Section[] = [
  "countries", "exchangeRates", "actors", "memberships", "partnerships", "activities", "projects", "reviews", "reports", "permits", "plans",
];
const SECTION_NAMES: ReadonlySet<string> = new Set(SECTIONS);

const SCHEMAS: Record<Exclude<Section, "plans">, z.ZodType> = {
  countries: countrySchema, exchangeRates: exchangeRateSchema, actors: actorSchema, memberships: membershipSchema,
  partnerships: partnershipSchema, activities: activitySchema, projects: projectSchema, reviews: reviewSchema, reports: reportSchema,
  permits: permitSchema,
};

export interface ParsedDataset {
  /** The records whose shape is right; references are not checked yet (validate.ts). */
  dataset: Dataset;
  /** The shape problems, in report order (the first MAX_LISTED_PROBLEMS of them, and their total). */
  problems: ProblemList;
  /** id → JSON path of a record left out for its shape, so that references to it are not reported twice. */
  malformedIds: Map<string, string>;
}

export function emptyDataset(): Dataset {
  return {
    countries: [], exchangeRates: [], actors: [], memberships: [], partnerships: [],
    activities: [], projects: [], reviews: [], plans: [], reports: [], permits: [],
  };
}

/** Plain-language messages for zod's issues; the path is added by the caller. */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}, got ${describe(issue.input)}`;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters, got ${(issue.input as string).length}`;
      if (issue.origin === "array") return `must list at most ${issue.maximum} items, got ${(issue.input as unknown[]).length}`;
      return undefined;
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, got ${describe(issue.input)}`
        : `must be one of ${issue.values.join(", ")}; got ${describe(issue.input)}`;
    default:
      return undefined;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function addZodProblems(error: z.ZodError, prefix: readonly PropertyKey[], problems: ProblemList): void {
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.add({ path: jsonPath([...prefix, ...issue.path, key]), message: "unknown field (not part of partner-network/v1 or v2)" });
      }
    } else {
      problems.add({ path: jsonPath([...prefix, ...issue.path]), message: issue.message });
    }
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[], problems: ProblemList): T | undefined {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return result.data;
  addZodProblems(result.error, prefix, problems);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks records as they come: `document()` once with the top level (its arrays may be given empty),
 * `add()` for every element of every top-level array, in index order within each, then `finish()`.
 * Records with a bad shape are reported and left out.
 */
export class DatasetParser {
  private readonly dataset = emptyDataset();
  private readonly problems = new Map<Section, ProblemList>(SECTIONS.map((s) => [s, new ProblemList()]));
  /** Per section, so that the first record to carry an id wins in document order, as in `SECTIONS`. */
  private readonly malformed = new Map<Section, Map<string, string>>(SECTIONS.map((s) => [s, new Map()]));
  private documentProblems: ProblemList | undefined;
  private notAnObject = false;
  private count = 0;

  /** Records checked so far. */
  get records(): number {
    return this.count;
  }

  /** The top level: `format`, the arrays (their elements are checked by `add`) and any unknown field. */
  document(top: unknown): void {
    this.documentProblems = new ProblemList();
    if (!isObject(top)) {
      this.notAnObject = true;
      this.documentProblems.add({ path: "", message: "the document must be a JSON object" });
      return;
    }
    parseWith(documentSchema, top, [], this.documentProblems);
  }

  /** One element of a top-level array; elements of an unknown field are ignored (`document` reports the field). */
  add(section: string, index: number, item: unknown): void {
    if (!SECTION_NAMES.has(section)) return;
    if (++this.count > MAX_RECORDS) throw new TooManyRecords(jsonPath([section, index]));
    const key = section as Section;
    const problems = this.problems.get(key)!;
    if (key === "plans") {
      this.addPlan(index, item, problems);
      return;
    }
    const parsed = parseWith(SCHEMAS[key], item, [key, index], problems);
    if (parsed !== undefined) (this.dataset[key] as unknown[]).push(parsed);
    else this.rememberId(key, item, [key, index]);
  }

  private addPlan(index: number, item: unknown, problems: ProblemList): void {
    const plan = parseWith(planSchema, item, ["plans", index], problems);
    if (!plan) {
      this.rememberId("plans", item, ["plans", index]);
      const tasks = (item as { tasks?: unknown } | null)?.tasks;
      if (Array.isArray(tasks)) tasks.forEach((task, t) => this.rememberId("plans", task, ["plans", index, "tasks", t]));
      return;
    }
    const tasks = plan.tasks.flatMap((task, t) => {
      const parsed = parseWith(taskSchema, task, ["plans", index, "tasks", t], problems);
      if (!parsed) this.rememberId("plans", task, ["plans", index, "tasks", t]);
      return parsed ? [parsed] : [];
    });
    this.dataset.plans.push({ ...plan, tasks });
  }

  private rememberId(section: Section, item: unknown, at: readonly PropertyKey[]): void {
    const itemId = (item as { id?: unknown } | null)?.id;
    const ids = this.malformed.get(section)!;
    if (typeof itemId === "string" && !ids.has(itemId)) ids.set(itemId, jsonPath([...at, "id"]));
  }

  finish(): ParsedDataset {
    if (!this.documentProblems) throw new Error("DatasetParser.finish() before document()");
    if (this.notAnObject) return { dataset: emptyDataset(), problems: this.documentProblems, malformedIds: new Map() };
    const problems = new ProblemList();
    problems.append(this.documentProblems);
    const malformedIds = new Map<string, string>();
    for (const section of SECTIONS) {
      problems.append(this.problems.get(section)!);
      for (const [id, path] of this.malformed.get(section)!) if (!malformedIds.has(id)) malformedIds.set(id, path);
    }
    return { dataset: this.dataset, problems, malformedIds };
  }
}

/** The shape check of a whole document held as an object (tests, the demo, small files). */
export function parseDataset(raw: unknown): ParsedDataset {
  const parser = new DatasetParser();
  parser.document(raw);
  if (isObject(raw)) {
    for (const section of SECTIONS) {
      const list = raw[section];
      if (Array.isArray(list)) list.forEach((item, index) => parser.add(section, index, item));
    }
  }
  return parser.finish();
}
