/** /agreements in Chromium: every agreement of agreementReview, expired and expiring first, commitments unfolded, filters in the URL, exports, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, dmy, expectClean, expectRows, gb, headers, paramsOf, rowCells, vn } from "./viewTable";

const app = webAppFixture();
const LINK = "/agreements?fromYear=2017&toYear=2020";
const QUERY = `query($period: PeriodInput!, $status: [AgreementStatus!], $expiringWithinDays: Int! = 180, $reportDueDays: Int! = 15) {
  agreementReview(period: $period, status: $status, expiringWithinDays: $expiringWithinDays, reportDueDays: $reportDueDays) {
    partnership { id title titleVi signedOn } expiresOn status reportStatus commitments { id description kind expected actual ratio met } } }`;
const review = async (variables: { fromYear?: number; status?: string[]; expiringWithinDays?: number; reportDueDays?: number } = {}) => {
  const { fromYear = 2017, ...rest } = variables;
  return (await app.graphql(QUERY, { period: { fromYear, toYear: 2020 }, ...rest })).agreementReview;
};
const STATUS_ORDER = ["EXPIRED", "EXPIRING", "ACTIVE", "ENDED", "NOT_SIGNED"];
const REPORT_ORDER = ["MISSING", "LATE", "PENDING", "ON_TIME"];
/** The page's default order: by status (expired, expiring, …), the answer's (id) order within each. */
const byStatus = (rows: any[]) => [...rows].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)).map((r) => r.partnership.id);
const STATUS_VI: Record<string, string> = { EXPIRED: "Hết hiệu lực", EXPIRING: "Sắp hết hiệu lực", ACTIVE: "Còn hiệu lực", ENDED: "Đã kết thúc", NOT_SIGNED: "Chưa ký" };
const REPORT_VI: Record<string, string> = { ON_TIME: "Báo cáo đúng hạn", LATE: "Báo cáo trễ hạn", MISSING: "Chưa báo cáo", PENDING: "Chưa đến hạn báo cáo" };
// Column positions: agreement, signed on, expires on, status, report, commitments.
const [TITLE, SIGNED, EXPIRES, STATUS, REPORT, COMMITMENTS] = [0, 1, 2, 3, 4, 5];

describe("the agreements view", () => {
  it("shows every agreement of the answer, expired and expiring first, with its expiry, status, report and commitments; the cards count them", async () => {
    const rows = await review();
    const opened = await app.open(LINK);
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, byStatus(rows));
    // The demo holds each case the view is for.
    for (const status of ["EXPIRED", "EXPIRING", "ACTIVE"]) expect(rows.some((r: any) => r.status === status)).toBe(true);
    for (const report of ["MISSING", "LATE", "ON_TIME"]) expect(rows.some((r: any) => r.reportStatus === report)).toBe(true);
    for (const row of rows) {
      const cells = await rowCells(page, row.partnership.id);
      expect(cells[TITLE]).toBe(row.partnership.titleVi ?? row.partnership.title);
      expect(cells[SIGNED]).toBe(dmy(row.partnership.signedOn));
      expect(cells[EXPIRES]).toBe(row.expiresOn ? dmy(row.expiresOn) : "Không thời hạn");
      expect(cells[STATUS]).toBe(STATUS_VI[row.status]);
      expect(cells[REPORT]).toBe(REPORT_VI[row.reportStatus]);
      const met = row.commitments.filter((c: any) => c.met).length;
      expect(cells[COMMITMENTS]).toContain(row.commitments.length ? `${met}/${row.commitments.length} đạt` : "Không có");
    }
    const card = (name: string) => page.textContent(`[data-card="${name}"] .value`);
    expect(await card("expiring")).toBe(vn(rows.filter((r: any) => r.status === "EXPIRING").length));
    expect(await card("expired")).toBe(vn(rows.filter((r: any) => r.status === "EXPIRED").length));
    expect(await card("reportMissing")).toBe(vn(rows.filter((r: any) => r.reportStatus === "MISSING").length));
    expect(await card("reportLate")).toBe(vn(rows.filter((r: any) => r.reportStatus === "LATE").length));
    expect(await card("unmet")).toBe(vn(rows.flatMap((r: any) => r.commitments).filter((c: any) => !c.met).length));
    expect(await page.textContent("th[aria-sort=ascending]")).toContain("Tình trạng");
    expect(await page.getAttribute(`tr[data-key="${rows[0].partnership.id}"] a`, "href")).toBe(`/partnerships/${rows[0].partnership.id}`);

    // A row's commitments unfold: each one's actual against expected, and whether it was met.
    const wakayama = rows.find((r: any) => r.partnership.id === "ps-kh-wakayama");
    expect(wakayama.commitments.length).toBe(2);
    await page.click('tr[data-key="ps-kh-wakayama"] .commitments summary');
    for (const c of wakayama.commitments) {
      const text = await page.textContent(`tr[data-key="ps-kh-wakayama"] li[data-commitment="${c.id}"]`);
      const figure = (n: number) => vn(n, c.kind === "FUNDS_USD" ? 2 : 1);
      expect(text).toContain(c.description);
      expect(text).toContain(`${figure(c.actual)} / ${figure(c.expected)} (${vn(c.ratio * 100, 1)}%)`);
      expect(text).toContain(c.met ? "Đạt" : "Chưa đạt");
    }
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/agreements.csv?fromYear=2017&toYear=2020");
    expect(await page.getAttribute("a:text('Tải Excel')", "href")).toBe("/export/agreements.xlsx?fromYear=2017&toYear=2020");
    await page.click('tr[data-key="ps-nhatrang-gimhae"] .commitments summary');
    await app.screenshot(page, "agreements-vi");
    expectClean(opened);
  });

  it("keeps its filters in the URL: the form shows them, a change rewrites them and the rows follow, a reload restores them", async () => {
    const { page } = await app.open(`${LINK}&status=EXPIRED,EXPIRING&expiringWithinDays=30&reportDueDays=60`);
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('input[name="expiringWithinDays"]')).toBe("30");
    expect(await page.inputValue('input[name="reportDueDays"]')).toBe("60");
    expect(await page.isChecked('input[name="status"][value="EXPIRED"]')).toBe(true);
    expect(await page.isChecked('input[name="status"][value="ACTIVE"]')).toBe(false);
    expect(await page.textContent(".multi-select summary")).toContain("Hết hiệu lực, Sắp hết hiệu lực");
    const narrow = await review({ status: ["EXPIRED", "EXPIRING"], expiringWithinDays: 30, reportDueDays: 60 });
    await expectRows(page, byStatus(narrow));
    expect(await page.getAttribute("a:text('Tải CSV')", "href"))
      .toBe("/export/agreements.csv?fromYear=2017&toYear=2020&status=EXPIRED%2CEXPIRING&expiringWithinDays=30&reportDueDays=60");

    // A wider window: Champasak (expiring 2021-03-01) comes in as EXPIRING.
    await page.fill('input[name="expiringWithinDays"]', "180");
    await page.waitForURL(/expiringWithinDays=180/);
    await expectRows(page, byStatus(await review({ status: ["EXPIRED", "EXPIRING"], expiringWithinDays: 180, reportDueDays: 60 })));

    // Every status: the parameter goes.
    await page.click(".multi-select summary");
    await page.click('input[name="status"][value="EXPIRED"]');
    await page.waitForURL((url) => url.searchParams.get("status") === "EXPIRING");
    await page.click('input[name="status"][value="EXPIRING"]');
    await page.waitForURL((url) => !url.searchParams.has("status"));
    await page.keyboard.press("Escape");
    const all = await review({ expiringWithinDays: 180, reportDueDays: 60 });
    await expectRows(page, byStatus(all));

    // Sorted by the report column: missing first.
    await page.getByRole("button", { name: "Báo cáo Trung ương", exact: true }).click();
    await page.waitForURL(/sort=report&dir=asc/);
    const byReport = [...all].sort((a, b) => REPORT_ORDER.indexOf(a.reportStatus) - REPORT_ORDER.indexOf(b.reportStatus)).map((r) => r.partnership.id);
    await expectRows(page, byReport);

    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(paramsOf(page).get("reportDueDays")).toBe("60");
    expect(await page.inputValue('input[name="expiringWithinDays"]')).toBe("180");
    expect(await page.isChecked('input[name="status"][value="EXPIRED"]')).toBe(false);
    await expectRows(page, byReport);
  });

  it("fills a bare /agreements from the first plan's period, speaks English, and opens a partnership from its title", async () => {
    const opened = await app.open("/agreements?lang=en");
    const { page } = opened;
    await page.waitForURL(/fromYear=2017/);
    expect(paramsOf(page).get("toYear")).toBe("2020");
    await page.waitForSelector(ROWS);
    const rows = await review();
    await expectRows(page, byStatus(rows));
    expect(await page.textContent("h1")).toBe("International agreements review");
    expect(await headers(page)).toEqual(["Agreement", "Signed on", "Expires on", "Status", "Report to the centre", "Commitments"]);
    const hainan = rows.find((r: any) => r.partnership.id === "ps-kh-hainan");
    const cells = await rowCells(page, "ps-kh-hainan");
    expect(cells[TITLE]).toBe(hainan.partnership.title);
    expect(cells[STATUS]).toBe("Expired");
    expect(cells[REPORT]).toBe("Reported on time");
    expect(cells[COMMITMENTS]).toContain("1 of 1 met");
    await page.click('tr[data-key="ps-kh-hainan"] .commitments summary');
    expect(await page.textContent('tr[data-key="ps-kh-hainan"] .commitments li')).toContain(`Funds (USD): ${gb(hainan.commitments[0].actual, 2)} / ${gb(hainan.commitments[0].expected, 2)}`);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/agreements.csv?fromYear=2017&toYear=2020&lang=en");
    await app.screenshot(page, "agreements-en");
    await page.click('tr[data-key="ps-kh-hainan"] td a');
    await page.waitForURL(/\/partnerships\/ps-kh-hainan\?lang=en$/);
    expectClean(opened);
  });

  it("says so when no agreement matches, and why when the API refuses the period", async () => {
    const { page } = await app.open("/agreements?fromYear=2017&toYear=2020&status=NOT_SIGNED");
    await page.waitForSelector(".state-empty");
    expect(await page.textContent(".state-empty")).toContain("Không có thỏa thuận nào");
    expect(await page.textContent('[data-card="expired"] .value')).toBe("0");
    const refused = await app.open("/agreements?fromYear=2020&toYear=2017");
    await refused.page.waitForSelector('[role="alert"]');
    expect(await refused.page.textContent('[role="alert"]')).toContain("toYear");
  });
});
