/**
 * GET /export/<table>.<csv|xlsx>?… : each export table (tables.ts) in each format, as routes of the
 * HTTP handler. Parameters are checked first (params.ts); the rows are the answer of the table's
 * GraphQL question, asked in-process as the caller who asked for the file.
 */
import type { Route } from "../http/handler";
import { ask, sendFile } from "./answer";
import { langParam, onlyParameters } from "./params";
import { EXPORT_TABLES, type ExportTable } from "./tables";
import { CONTENT_TYPES, type ExportFormat, toCsv, toXlsx } from "./write";

const FORMATS: readonly ExportFormat[] = ["csv", "xlsx"];

function exportRoute(table: ExportTable, format: ExportFormat): Route {
  return async ({ url, res, execute }) => {
    const params = url.searchParams;
    onlyParameters(params, table.parameters);
    const variables = table.variables(params);
    const lang = langParam(params);
    const rows = table.rows(await ask(execute, table.query, variables));
    const body = format === "csv" ? toCsv(table.columns, rows, lang) : await toXlsx(table.columns, rows, lang, table.name);
    sendFile(res, { contentType: CONTENT_TYPES[format], fileName: `${table.name}-${table.suffix(variables)}.${format}`, body });
  };
}

/** The export routes by path: /export/coverage.csv, /export/coverage.xlsx, … */
export function exportRoutes(): Record<string, Route> {
  return Object.fromEntries(EXPORT_TABLES.flatMap((table) => FORMATS.map((format) => [`/export/${table.name}.${format}`, exportRoute(table, format)])));
}
