/** /reporting in Chromium: every unit of reportingStatus, its status, dates and days left; plan and year in the URL; exports; English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, dmy, expectClean, expectRows, headers, paramsOf, rowCells, vn } from "./viewTable";

const app = webAppFixture();
const LINK = "/reporting?planId=plan-2017-2020&year=2019";
const reporting = async (year: number) =>
  (await app.graphql(`query($year: Int!) { reportingStatus(planId: "plan-2017-2020", year: $year) { unit { id name nameVi } status submittedOn deadline } }`, { year })).reportingStatus;
const ids = (rows: any[]) => rows.map((r) => r.unit.id);
const LABELS: Record<string, string> = { ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa báo cáo" };

describe("the reporting view", () => {
  it("shows every assigned unit with its status, submitted date, deadline and days left, and counts them per status", async () => {
    const rows = await reporting(2019);
    const opened = await app.open(LINK);
    const { page } = opened;
    await page.waitForSelector(ROWS);
    expect(await page.evaluate(() => (globalThis as any).document.querySelector("table.data caption").textContent)).toContain("2019");
    await expectRows(page, ids(rows));
    // The days from the reader's today (the browser's calendar) to the deadline, as the page counts them.
    const today = await page.evaluate(() => { const d = new Date(); return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()); });
    const daysPast = Math.round((today - Date.parse("2019-12-15T00:00:00Z")) / 86_400_000);
    for (const row of rows) {
      const cells = await rowCells(page, row.unit.id);
      expect(cells[0]).toBe(row.unit.nameVi ?? row.unit.name);
      expect(cells[1]).toBe(LABELS[row.status]);
      expect(cells[2]).toBe(row.submittedOn ? dmy(row.submittedOn) : "—");
      expect(cells[3]).toBe(dmy(row.deadline));
      expect(cells[4]).toBe(row.status === "MISSING" ? `đã quá hạn ${vn(daysPast)} ngày` : "Đã nộp");
    }
    for (const status of ["ON_TIME", "LATE", "MISSING"]) {
      expect(await page.textContent(`[data-status="${status}"] .value`)).toBe(vn(rows.filter((r: any) => r.status === status).length));
    }
    expect(rows.some((r: any) => r.status === "LATE")).toBe(true);
    expect(await page.textContent('[data-testid="deadline"]')).toContain("15/12/2019");
    expect(await page.getAttribute(`tr[data-key="${rows[0].unit.id}"] a`, "href")).toBe(`/actors/${rows[0].unit.id}`);
    expect(await page.getAttribute("a:text('Báo cáo năm (DOCX)')", "href")).toBe("/reports/yearly.docx?planId=plan-2017-2020&year=2019");
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/reporting.csv?planId=plan-2017-2020&year=2019");
    expect(await page.getAttribute("a:text('Tải Excel')", "href")).toBe("/export/reporting.xlsx?planId=plan-2017-2020&year=2019");
    await app.screenshot(page, "reporting-vi");
    expectClean(opened);
  });

  it("keeps plan and year in the URL: the selects show them, offer the plan's years, a change rewrites the URL, a reload restores it", async () => {
    const { page } = await app.open(LINK);
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="planId"]')).toBe("plan-2017-2020");
    expect(await page.inputValue('select[name="year"]')).toBe("2019");
    expect(await page.$$eval('select[name="year"] option', (options) => options.map((o) => o.textContent))).toEqual(["2017", "2018", "2019", "2020"]);
    await page.selectOption('select[name="year"]', "2018");
    await page.waitForURL(/year=2018/);
    await expectRows(page, ids(await reporting(2018)));
    expect(await page.getAttribute("a:text('Báo cáo năm (DOCX)')", "href")).toBe("/reports/yearly.docx?planId=plan-2017-2020&year=2018");
    await page.getByRole("button", { name: "Tình trạng", exact: true }).click();
    await page.waitForURL(/sort=status/);
    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="year"]')).toBe("2018");
    const order = ["ON_TIME", "LATE", "MISSING"];
    await expectRows(page, ids([...(await reporting(2018))].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))));
  });

  it("fills a bare /reporting with the first plan and its last year, and speaks English", async () => {
    const opened = await app.open("/reporting?lang=en");
    const { page } = opened;
    await page.waitForURL(/planId=plan-2017-2020/);
    expect(paramsOf(page).get("year")).toBe("2020");
    await page.waitForSelector(ROWS);
    const rows = await reporting(2020);
    await expectRows(page, ids(rows));
    expect(await headers(page)).toEqual(["Unit", "Status", "Submitted on", "Deadline", "Time left"]);
    const late = rows.find((r: any) => r.status !== "MISSING");
    expect((await rowCells(page, late.unit.id))[1]).toBe(late.status === "ON_TIME" ? "On time" : "Late");
    expect((await rowCells(page, late.unit.id))[0]).toBe(late.unit.name);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/reporting.csv?planId=plan-2017-2020&year=2020&lang=en");
    expect(await page.textContent('[data-testid="deadline"]')).toMatch(/Deadline: [\d,]+ days past/);
    await app.screenshot(page, "reporting-en");
    expectClean(opened);
  });
});
