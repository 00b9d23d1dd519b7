/**
 * The files planners pass on, over HTTP on the demo dataset: each export holds the GraphQL answer's
 * rows in its order (CSV with a BOM, XLSX with typed cells), headers in Vietnamese or English, and
 * bad parameters get HTTP 400 naming them. The yearly report holds the year's figures and every
 * unit's reporting status; `npm run report` writes the same document.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { DEMO_FILE } from "../../src/dataset/demo";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/server";
import { connectWithDataset, testNeo4jEnv } from "../support/db";

let db: Database;
let server: RunningServer;
let origin: string;

beforeAll(async () => {
  db = await connectWithDataset(JSON.parse(fs.readFileSync(DEMO_FILE, "utf8")));
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, log: () => {} });
  origin = server.url.replace(/\/graphql$/, "");
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
  await db.close();
});

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body: any = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function download(pathname: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const response = await fetch(origin + pathname);
  return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), body: Buffer.from(await response.arrayBuffer()) };
}

/** A CSV without its BOM, as rows of cells (the exports quote only what needs it; no cell here holds a newline). */
function parseCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString("utf8").trimEnd();
  return text.split(/\r?\n/).map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
}

async function parseXlsx(body: Buffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

const COVERAGE = "/export/coverage.csv?fromYear=2017&toYear=2020&planId=plan-2017-2020";

describe("the coverage export", () => {
  it("holds partnerCoverage's rows, in order, with Vietnamese headers, as UTF-8 CSV with a BOM", async () => {
    const { partnerCoverage } = await graphql(`{ partnerCoverage(period: {fromYear: 2017, toYear: 2020}, planId: "plan-2017-2020") { rows { country { code nameVi } partners activities fundsMobilizedUsd lastActivityOn } } }`);
    const file = await download(COVERAGE);
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/csv; charset=utf-8");
    expect(file.disposition).toBe('attachment; filename="coverage-2017-2020.csv"');
    const [header, ...rows] = parseCsv(file.body);
    expect(header.slice(0, 3)).toEqual(["Mã quốc gia", "Quốc gia", "Khu vực"]);
    expect(rows.map((r) => r[0])).toEqual(partnerCoverage.rows.map((r: any) => r.country.code));
    const japan = rows.find((r) => r[0] === "JP")!;
    const jp = partnerCoverage.rows.find((r: any) => r.country.code === "JP");
    expect(japan[1]).toBe("Nhật Bản");
    expect(Number(japan[header.indexOf("Số đối tác")])).toBe(jp.partners);
    expect(Number(japan[header.indexOf("Vốn vận động (USD)")])).toBe(jp.fundsMobilizedUsd);
    expect(japan[header.indexOf("Hoạt động gần nhất")]).toBe(jp.lastActivityOn);
  });

  it("as XLSX: the same rows, numbers as numbers, dates as dates; English headers with lang=en", async () => {
    const csv = parseCsv((await download(COVERAGE)).body);
    const file = await download(COVERAGE.replace(".csv", ".xlsx") + "&lang=en");
    expect(file.status).toBe(200);
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const [header, ...rows] = await parseXlsx(file.body);
    expect(header.slice(0, 3)).toEqual(["Country code", "Country", "Region"]);
    expect(rows.map((r) => r[0])).toEqual(csv.slice(1).map((r) => r[0]));
    const japan = rows.find((r) => r[0] === "JP")!;
    expect(japan[1]).toBe("Japan");
    expect(typeof japan[header.indexOf("Partners")]).toBe("number");
    expect(japan[header.indexOf("Last activity")]).toBeInstanceOf(Date);
    expect((japan[header.indexOf("Last activity")] as Date).toISOString().slice(0, 10)).toBe(csv.find((r) => r[0] === "JP")![13]);
  });
});

describe("the effectiveness and reporting exports", () => {
  it("hold partnershipEffectiveness's rows in order, filtered by kind", async () => {
    const { partnershipEffectiveness } = await graphql(`{ partnershipEffectiveness(period: {fromYear: 2017, toYear: 2020}, kind: SISTER_LOCALITY) { partnership { id } score dormant } }`);
    const [header, ...rows] = parseCsv((await download("/export/effectiveness.csv?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY")).body);
    expect(rows.map((r) => r[0])).toEqual(partnershipEffectiveness.map((r: any) => r.partnership.id));
    expect(rows.map((r) => Number(r[header.indexOf("Điểm")]))).toEqual(partnershipEffectiveness.map((r: any) => r.score));
    expect(rows.map((r) => r[header.indexOf("Ngưng hoạt động")])).toEqual(partnershipEffectiveness.map((r: any) => (r.dormant ? "Có" : "Không")));
  });

  it("hold reportingStatus's rows in order, with the status in words", async () => {
    const { reportingStatus } = await graphql(`{ reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { id } status submittedOn } }`);
    const [, ...rows] = await parseXlsx((await download("/export/reporting.xlsx?planId=plan-2017-2020&year=2019")).body);
    expect(rows.map((r) => r[0])).toEqual(reportingStatus.map((r: any) => r.unit.id));
    const words: Record<string, string> = { ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa báo cáo" };
    expect(rows.map((r) => r[2])).toEqual(reportingStatus.map((r: any) => words[r.status]));
    const missing = rows.find((r) => r[2] === "Chưa báo cáo")!;
    expect(missing[3] ?? null).toBeNull();
  });

  it.each([
    ["/export/coverage.csv?toYear=2020", "fromYear", "fromYear: is required"],
    ["/export/coverage.csv?fromYear=20x0&toYear=2020", "fromYear", "fromYear: must be a year"],
    ["/export/coverage.csv?fromYear=2020&toYear=2017", "toYear", "toYear: must not be before fromYear"],
    ["/export/coverage.xlsx?fromYear=2017&toYear=2020&planId=nope", "planId", 'unknown plan "nope"'],
    ["/export/effectiveness.csv?fromYear=2017&toYear=2020&kind=TWINNING", "kind", 'kind: unknown partnership kind "TWINNING"'],
    ["/export/reporting.csv?planId=plan-2017-2020", "year", "year: is required"],
    ["/export/reporting.csv?planId=plan-2017-2020&year=2030", "year", "2030"],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&limit=5", "limit", "limit: unknown parameter"],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&lang=fr", "lang", "lang: must be vi or en"],
    ["/reports/yearly.docx?year=2020", "planId", "planId: is required"],
    ["/reports/yearly.docx?planId=plan-2017-2020&year=2020&unitId=jp-wakayama", "unitId", "is not a domestic unit"],
  ])("answers 400 naming the parameter: %s", async (pathname, parameter, message) => {
    const response = await fetch(origin + pathname);
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body.errors[0].message).toContain(message);
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_REQUEST", parameter });
  });

  it("answers 404 for a table that does not exist", async () => {
    expect((await fetch(`${origin}/export/partners.csv?fromYear=2017&toYear=2020`)).status).toBe(404);
  });
});

/** The text of a DOCX's body. */
async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<w:tab\/>/g, "\t").replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
}

describe("the yearly report", () => {
  const fmt = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);

  it("holds the plan, the year, the analytics' figures and every unit's reporting status, in Vietnamese", async () => {
    const data = await graphql(`{
      plan(id: "plan-2017-2020") { titleVi }
      activityTotals(period: {fromYear: 2019, toYear: 2019}) { kind count }
      fundsMobilized(period: {fromYear: 2019, toYear: 2019}) { totalUsd }
      partnerCoverage(period: {fromYear: 2019, toYear: 2019}) { totals { fundsMobilizedUsd } }
      reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { nameVi } status }
    }`);
    const file = await download("/reports/yearly.docx?planId=plan-2017-2020&year=2019");
    expect(file.status).toBe(200);
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.disposition).toBe('attachment; filename="bao-cao-plan-2017-2020-2019.docx"');
    const text = await docxText(file.body);
    expect(text).toContain("NĂM 2019");
    expect(text).toContain(data.plan.titleVi);
    const count = (kind: string) => data.activityTotals.find((t: any) => t.kind === kind)?.count ?? 0;
    expect(text).toContain(`đoàn vào: ${fmt(count("DELEGATION_IN"))}; đoàn ra: ${fmt(count("DELEGATION_OUT"))}`);
    // The funds are the analytics' own: the same total as the coverage totals.
    expect(data.fundsMobilized.totalUsd).toBe(data.partnerCoverage.totals.fundsMobilizedUsd);
    expect(text).toContain(`Tổng vốn vận động: ${fmt(data.fundsMobilized.totalUsd)} USD`);
    const words: Record<string, string> = { ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa báo cáo" };
    // Each table cell is a paragraph of its own: a unit's name, then its status on the next line.
    for (const row of data.reportingStatus) expect(text).toContain(`${row.unit.nameVi}\n${words[row.status]}`);
    expect(text).toContain("Irkutsk"); // the dormant sister relation
  });

  it("for one unit: its own figures and its own reporting row", async () => {
    const text = await docxText((await download("/reports/yearly.docx?planId=plan-2017-2020&year=2019&unitId=vn-kh-truongsa")).body);
    expect(text).toContain("Đơn vị: Huyện Trường Sa");
    expect(text).toContain("Huyện Trường Sa\nTrễ hạn\n27/12/2019");
    expect(text).not.toContain("Tổng Công ty Khánh Việt");
  });

  it("is written by npm run report, which refuses an unknown plan naming --plan", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
    const out = path.join(dir, "bao-cao.docx");
    const env = { ...process.env, ...testNeo4jEnv() };
    const ok = spawnSync(process.execPath, ["--import", "tsx", "scripts/report.ts", "--plan", "plan-2017-2020", "--year", "2020", "--out", out], { cwd: PROJECT_ROOT, env, encoding: "utf8" });
    expect(ok.stderr + ok.stdout).toMatch(/Wrote .*bao-cao\.docx/);
    expect(ok.status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/report.ts", "--plan", "nope", "--year", "2020", "--out", out], { cwd: PROJECT_ROOT, env, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--plan: unknown plan "nope"/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
