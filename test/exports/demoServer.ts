/**
 * The HTTP service over the demo dataset, for the tests of the exports and the yearly report:
 * a GraphQL helper to ask the same questions the files are built from, a download helper, and
 * readers of the three file formats (CSV with its BOM, XLSX through exceljs, DOCX through jszip).
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, expect } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/server";
import { connectWithDataset } from "../support/db";

export interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: Buffer;
}

/** Starts the service on the demo dataset before the file's tests, stops it after them. */
export function demoServer() {
  let db: Database;
  let server: RunningServer;
  let origin = "";
  beforeAll(async () => {
    db = await connectWithDataset(JSON.parse(fs.readFileSync(DEMO_FILE, "utf8")));
    server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, log: () => {} });
    origin = server.url.replace(/\/graphql$/, "");
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => server?.httpServer.close(resolve));
    await db?.close();
  });
  return {
    /** Asks /graphql over HTTP; fails the test on any error. */
    async graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
      const response = await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const body: any = await response.json();
      expect(body.errors).toBeUndefined();
      return body.data;
    },
    fetch: (pathname: string, init?: RequestInit) => fetch(origin + pathname, init),
    async download(pathname: string): Promise<Download> {
      const response = await fetch(origin + pathname);
      return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), body: Buffer.from(await response.arrayBuffer()) };
    },
  };
}

/** A CSV file's rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks), after checking and removing its BOM. */
export function parseCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString("utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += ch;
  }
  if (cell !== "" || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** The first sheet's rows as cell values (null for an empty cell), header row first. */
export async function parseXlsx(body: Buffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
  return rows;
}

/** The text of a DOCX's body: a paragraph (a table cell's too) per line. */
export async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<w:tab\/>/g, "\t").replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
