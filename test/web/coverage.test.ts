/** /coverage in Chromium: the rows of partnerCoverage, the map, the deep link's state, exports, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();
const LINK = "/coverage?fromYear=2017&toYear=2020&planId=plan-2017-2020";
const vn = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);

describe("the coverage view", () => {
  it("shows every row of partnerCoverage for the deep link's period and plan, with the totals", async () => {
    const { partnerCoverage } = await app.graphql(`{ partnerCoverage(period: {fromYear: 2017, toYear: 2020}, planId: "plan-2017-2020") {
      rows { country { code } partners activities fundsMobilizedUsd } totals { partners activities } } }`);
    const { page, offsite, pageErrors } = await app.open(LINK);
    await page.waitForSelector("table.data tbody tr");
    const keys = await page.$$eval("table.data tbody tr", (rows) => rows.map((r) => r.getAttribute("data-key")));
    expect(keys).toEqual(partnerCoverage.rows.map((r: any) => r.country.code));
    const japan = partnerCoverage.rows.find((r: any) => r.country.code === "JP");
    const cells = await page.$$eval('tr[data-key="JP"] td', (tds) => tds.map((td) => td.textContent ?? ""));
    expect(cells[4]).toBe(vn(japan.partners));
    expect(cells[8]).toBe(vn(japan.activities));
    expect(cells[10]).toContain(`${vn(japan.fundsMobilizedUsd)} USD`);
    const total = await page.$$eval("tr.total td", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(total).toContain(vn(partnerCoverage.totals.activities));
    // Priority countries without partners are called out, and hatched on the map.
    expect(await page.textContent('[data-testid="priority-gaps"]')).toContain("Philippines");
    expect(await page.getAttribute('g[data-code="CA"] path', "fill")).toBe("url(#priority-hatch)");
    expect(await page.$$eval("table.data tbody tr", (rows) => rows.length)).toBe(partnerCoverage.rows.length);
    await app.screenshot(page, "coverage-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("keeps its state in the URL: the form shows it, a change rewrites it, a reload restores it; sorting too", async () => {
    const { page } = await app.open(LINK);
    expect(await page.inputValue('input[name="fromYear"]')).toBe("2017");
    await page.fill('input[name="fromYear"]', "2019");
    await page.waitForURL(/fromYear=2019/);
    await page.getByRole("button", { name: /^Đối tác/ }).first().click();
    await page.waitForURL(/sort=partners/);
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.inputValue('input[name="fromYear"]')).toBe("2019");
    expect(await page.getAttribute("th[aria-sort]", "aria-sort")).toBe("ascending");
  });

  it("fills a bare /coverage from the first plan, links its exports with the same parameters, and speaks English", async () => {
    const { page } = await app.open("/coverage?lang=en");
    await page.waitForURL(/planId=plan-2017-2020/);
    await page.waitForSelector("table.data tbody tr");
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/coverage.csv?fromYear=2017&toYear=2020&planId=plan-2017-2020&lang=en");
    expect(await page.textContent("h1")).toBe("Partner coverage by country");
    const japan = await page.$$eval('tr[data-key="JP"] td', (tds) => tds.map((td) => td.textContent ?? ""));
    expect(japan[10]).toMatch(/^[\d,.]+ USD/);
    expect(japan[10]).toContain(",");
    await app.screenshot(page, "coverage-en");
  });
});
