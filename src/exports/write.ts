/**
 * An export table (tables.ts) as a file: CSV in UTF-8 with a byte-order mark (so that Excel reads
 * the Vietnamese letters right), or XLSX with typed cells (numbers as numbers, dates as dates
 * shown dd/mm/yyyy). Both take the same columns and rows.
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { LabelLang } from "../domain/labels";
import type { Cell, Column } from "./tables";

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

export async function toXlsx(columns: readonly Column[], rows: readonly unknown[], lang: LabelLang, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c[lang],
    width: Math.min(48, Math.max(12, c[lang].length + 2)),
    style: c.type === "date" ? { numFmt: "dd/mm/yyyy" } : c.type === "decimal" ? { numFmt: "#,##0.##" } : c.type === "integer" ? { numFmt: "0" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of cells(columns, rows, lang)) {
    sheet.addRow(row.map((value, i) => (columns[i].type === "date" ? asDate(value) : value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
