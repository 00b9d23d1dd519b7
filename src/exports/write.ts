/**
 * An export table (tables.ts) as a file: CSV in UTF-8 with a byte-order mark (so that Excel reads
 * the Vietnamese letters right), or XLSX with typed cells (numbers as numbers, dates as dates
 * shown dd/mm/yyyy). Both take the same columns and rows.
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { LabelLang } from "../domain/labels";
import type { Cell, CellType, Column } from "./tables";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function cells(columns: readonly Column[], rows: readonly unknown[], lang: LabelLang): Cell[][] {
  return rows.map((row) => columns.map((c) => c.value(row, lang)));
}

export function toCsv(columns: readonly Column[], rows: readonly unknown[], lang: LabelLang): Buffer {
  const text = stringify([columns.map((c) => c[lang]), ...cells(columns, rows, lang).map((r) => r.map((v) => (v === null ? "" : v)))]);
  return Buffer.from("\uFEFF" + text, "utf8");
}

/** `YYYY-MM-DD` as the date at UTC midnight (what a spreadsheet shows as that day). */
function asDate(value: Cell): Date | null {
  return typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null;
}

/** Excel number formats per cell type; the reader's Excel shows its own separators (1.234,56 in Vietnamese). */
const NUMBER_FORMATS: Partial<Record<CellType, string>> = { integer: "#,##0", year: "0", decimal: "0.0##", usd: "#,##0.00", date: "dd/mm/yyyy" };

/** A column wide enough for its longest cell (a long header wraps instead), within bounds. */
function width(header: string, values: readonly Cell[]): number {
  const longest = Math.max(Math.min(header.length, 16), ...values.map((v) => (v === null ? 0 : String(v).length)));
  return Math.min(48, Math.max(10, longest + 2));
}

export async function toXlsx(columns: readonly Column[], rows: readonly unknown[], lang: LabelLang, sheetName: string): Promise<Buffer> {
  const table = cells(columns, rows, lang);
  const workbook = new ExcelJS.Workbook();
  // Printed, the table fits the width of a landscape page, its header repeated on every page.
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = "1:1";
  sheet.columns = columns.map((c, i) => ({
    header: c[lang],
    width: width(c[lang], table.map((row) => row[i])),
    style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of table) sheet.addRow(row.map((value, i) => (columns[i].type === "date" ? asDate(value) : value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
