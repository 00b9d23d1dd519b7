/**
 * GET /export/<table>.<csv|xlsx>?… : one of the export tables (tables.ts) as a file. Parameters are
 * checked first; a bad one is HTTP 400 naming it. The rows are the answer of the table's GraphQL
 * question, asked in-process as the caller who asked for the file.
 */
import type { LabelLang } from "../domain/labels";
import { InProcessError, type Execute } from "../graphql/inProcess";
import { HttpError } from "../http/body";
import { EXPORT_TABLES, ParameterError, type ExportTable } from "./tables";
import { CONTENT_TYPES, type ExportFormat, toCsv, toXlsx } from "./write";

const EXPORT_PATH = /^\/export\/([a-z]+)\.(csv|xlsx)$/;

export interface FileAnswer {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/** A file route: what it answers for a request's parameters, asking GraphQL with `execute`. */
export type FileRoute = (params: URLSearchParams, execute: Execute) => Promise<FileAnswer>;

/** The language of a file: Vietnamese unless `lang=en`. */
export function langParam(params: URLSearchParams): LabelLang {
  const lang = params.get("lang");
  if (lang === null || lang === "" || lang === "vi") return "vi";
  if (lang === "en") return "en";
  throw new HttpError(400, `lang: must be vi or en, got "${lang.slice(0, 20)}"`, { code: "BAD_REQUEST", parameter: "lang" });
}

/** Refuses parameters the route does not take, and turns a ParameterError into HTTP 400. */
export function checkedParameters<T>(params: URLSearchParams, allowed: readonly string[], read: () => T): T {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) throw new HttpError(400, `${name.slice(0, 40)}: unknown parameter (allowed: ${allowed.join(", ")})`, { code: "BAD_REQUEST", parameter: name.slice(0, 40) });
  }
  try {
    return read();
  } catch (error) {
    if (error instanceof ParameterError) throw new HttpError(400, error.message, { code: "BAD_REQUEST", parameter: error.message.split(":")[0] });
    throw error;
  }
}

/** Asks GraphQL; a refusal of the question (an unknown plan, a year outside it) is HTTP 400 naming the argument. */
export async function ask<T>(execute: Execute, query: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return await execute<T>(query, variables);
  } catch (error) {
    if (error instanceof InProcessError && error.code === "BAD_USER_INPUT") {
      throw new HttpError(400, error.message, { code: "BAD_REQUEST", ...(error.argument ? { parameter: error.argument.split(".")[0] } : {}) });
    }
    throw error;
  }
}

function exportFile(table: ExportTable, format: ExportFormat): FileRoute {
  return async (params, execute) => {
    const { variables, lang } = checkedParameters(params, table.parameters, () => ({ variables: table.variables(params), lang: langParam(params) }));
    const rows = table.rows(await ask(execute, table.query, variables));
    const fileName = `${table.name}-${table.suffix(variables)}.${format}`;
    const body = format === "csv" ? toCsv(table.columns, rows, lang) : await toXlsx(table.columns, rows, lang, table.name);
    return { contentType: CONTENT_TYPES[format], fileName, body };
  };
}

/** The export route a path names, if any. */
export function exportRoute(pathname: string): FileRoute | undefined {
  const match = EXPORT_PATH.exec(pathname);
  const table = match && EXPORT_TABLES.find((t) => t.name === match[1]);
  return table ? exportFile(table, match[2] as ExportFormat) : undefined;
}
