/** /coverage in Chromium: the rows of partnerCoverage, the map, the deep link's state, exports, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, dmy, expectClean, expectRows, gb, headers, paramsOf, rowCells, rowKeys, vn } from "./viewTable";

const app = webAppFixture();
const LINK = "/coverage?fromYear=2017&toYear=2020&planId=plan-2017-2020";
const QUERY = `query($period: PeriodInput!, $planId: ID, $kinds: [ActorKind!]) { partnerCoverage(period: $period, planId: $planId, kinds: $kinds) {
  rows { country { code name } partners activePartners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency }
         lastActivityOn priority status }
  totals { partners partnershipsInForce activities projects fundsMobilizedUsd } } }`;
const coverage = async (fromYear: number, toYear: number, kinds: string[] | null = null) =>
  (await app.graphql(QUERY, { period: { fromYear, toYear }, planId: "plan-2017-2020", kinds })).partnerCoverage;
const codes = (rows: any[]) => rows.map((r) => r.country.code);
// Column positions: country, region, priority, status, partners, active, in force, sister, activities, projects, funds, last activity.
const [PARTNERS, ACTIVE, IN_FORCE, ACTIVITIES, PROJECTS, FUNDS, LAST] = [4, 5, 6, 8, 9, 10, 11];

describe("the coverage view", () => {
  it("shows every row of partnerCoverage for the deep link, formatted in Vietnamese, with the totals", async () => {
    const answer = await coverage(2017, 2020);
    const opened = await app.open(LINK);
    const { page } = opened;
    await page.waitForSelector(ROWS);
    expect(await rowKeys(page)).toEqual(codes(answer.rows));
    for (const row of answer.rows) {
      const cells = await rowCells(page, row.country.code);
      expect([cells[PARTNERS], cells[ACTIVE], cells[IN_FORCE], cells[ACTIVITIES], cells[PROJECTS]])
        .toEqual([row.partners, row.activePartners, row.partnershipsInForce, row.activities, row.projects].map((n) => vn(n)));
      expect(cells[FUNDS]).toContain(`${vn(row.fundsMobilizedUsd, 2)} USD`);
      for (const money of row.unconvertedFunds) expect(cells[FUNDS]).toContain(`+ ${vn(money.amount, 2)} ${money.currency} chưa quy đổi`);
      expect(cells[LAST]).toBe(row.lastActivityOn ? dmy(row.lastActivityOn) : "—");
    }
    // Some row of the demo has funds without an exchange rate: it is shown as such.
    expect(answer.rows.some((r: any) => r.unconvertedFunds.length > 0)).toBe(true);
    const total = await page.$$eval("tr.total td", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(total).toContain(vn(answer.totals.partners));
    expect(total).toContain(vn(answer.totals.activities));
    expect(total.join(" ")).toContain(`${vn(answer.totals.fundsMobilizedUsd, 2)} USD`);
    // The table says what it is and how it is sorted.
    expect(await page.textContent("table.data caption")).toContain("2017–2020");
    expect(await page.getAttribute("th[aria-sort=ascending]", "aria-sort")).toBe("ascending");
    expect(await page.textContent("th[aria-sort=ascending]")).toContain("Quốc gia");

    // Priority countries without partners: listed above the map, hatched on it.
    const gaps = answer.rows.filter((r: any) => r.priority && r.partners === 0);
    expect(gaps.length).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid="priority-gaps"] li', (lis) => lis.map((li) => li.getAttribute("data-key")))).toEqual(codes(gaps));
    for (const gap of gaps) {
      const shape = await page.$(`g[data-code="${gap.country.code}"] path`);
      if (shape) expect(await shape.getAttribute("fill")).toBe("url(#priority-hatch)");
    }
    expect(await page.getAttribute('g[data-code="CA"] path', "fill")).toBe("url(#priority-hatch)");
    // Singapore is too small to see at this scale: it gets a dot.
    expect(await page.$$eval('g[data-code="SG"] circle', (c) => c.length)).toBe(1);
    // Hover or focus says a country's name and numbers.
    const japan = answer.rows.find((r: any) => r.country.code === "JP");
    await page.hover('g[data-code="JP"] path');
    expect(await page.textContent(".map-tip")).toContain(`Nhật Bản: ${vn(japan.partners)} đối tác`);
    await page.focus('g[data-code="AU"]');
    expect(await page.textContent(".map-tip")).toContain("Úc:");
    expect(await page.getAttribute('g[data-code="JP"]', "aria-label")).toContain(`${vn(japan.activities)} hoạt động`);
    await page.mouse.move(0, 0);
    await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
    await app.screenshot(page, "coverage-vi");
    expectClean(opened);
  });

  it("keeps its state in the URL: the form shows it, a change rewrites it and the rows follow, a reload restores it", async () => {
    const { page } = await app.open(`${LINK}&kinds=GOVERNMENT_AGENCY,LOCALITY`);
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('input[name="fromYear"]')).toBe("2017");
    expect(await page.inputValue('input[name="toYear"]')).toBe("2020");
    expect(await page.inputValue('select[name="planId"]')).toBe("plan-2017-2020");
    expect(await page.isChecked('input[name="kinds"][value="LOCALITY"]')).toBe(true);
    expect(await page.isChecked('input[name="kinds"][value="NGO"]')).toBe(false);
    expect(await page.textContent(".multi-select summary")).toContain("Địa phương");
    await expectRows(page, codes((await coverage(2017, 2020, ["LOCALITY", "GOVERNMENT_AGENCY"])).rows));

    // Typed as a person types: the field keeps "20" on the way to "2019", the URL gets 2019.
    await page.click('input[name="fromYear"]', { clickCount: 3 });
    await page.keyboard.press("Backspace");
    await page.keyboard.type("2019");
    await page.waitForURL(/fromYear=2019/);
    expect(paramsOf(page).get("kinds")).toBe("GOVERNMENT_AGENCY,LOCALITY");
    // The file holds the page's rows: the kinds go into its link.
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toContain("&kinds=GOVERNMENT_AGENCY%2CLOCALITY");
    await expectRows(page, codes((await coverage(2019, 2020, ["LOCALITY", "GOVERNMENT_AGENCY"])).rows));

    // The kinds: unchecking one leaves the other.
    await page.click(".multi-select summary");
    // A click, not uncheck(): the box follows the URL, which the router updates in a transition.
    await page.click('input[name="kinds"][value="GOVERNMENT_AGENCY"]');
    await page.waitForURL((url) => url.searchParams.get("kinds") === "LOCALITY");
    await page.keyboard.press("Escape");
    expect(await page.getAttribute(".multi-select", "open")).toBeNull();
    const localities = (await coverage(2019, 2020, ["LOCALITY"])).rows;
    await expectRows(page, codes(localities));

    // Sorting by a column: ascending, then descending, in the URL, stable on ties.
    await page.getByRole("button", { name: "Đối tác", exact: true }).click();
    await page.waitForURL(/sort=partners&dir=asc/);
    const byPartners = [...localities].sort((a, b) => a.partners - b.partners);
    await expectRows(page, codes(byPartners));
    await page.getByRole("button", { name: "Đối tác", exact: true }).click();
    await page.waitForURL(/dir=desc/);
    await expectRows(page, codes([...localities].sort((a, b) => b.partners - a.partners)));

    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('input[name="fromYear"]')).toBe("2019");
    expect(await page.isChecked('input[name="kinds"][value="LOCALITY"]')).toBe(true);
    expect(await page.isChecked('input[name="kinds"][value="GOVERNMENT_AGENCY"]')).toBe(false);
    expect(await page.getAttribute("th[aria-sort=descending]", "aria-sort")).toBe("descending");
    await expectRows(page, codes([...localities].sort((a, b) => b.partners - a.partners)));
  });

  it("fills a bare /coverage from the first plan (replacing the entry), links its exports with the same parameters, and speaks English", async () => {
    const opened = await app.open("/coverage?lang=en");
    const { page } = opened;
    await page.waitForURL(/planId=plan-2017-2020/);
    expect(paramsOf(page).get("fromYear")).toBe("2017");
    expect(paramsOf(page).get("toYear")).toBe("2020");
    await page.waitForSelector(ROWS);
    // The defaults replaced the entry: the page's history is the blank tab and this view, no bare /coverage to go back to.
    expect(await page.evaluate(() => (globalThis as any).history.length)).toBe(2);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/coverage.csv?fromYear=2017&toYear=2020&planId=plan-2017-2020&lang=en");
    expect(await page.getAttribute("a:text('Download Excel')", "href")).toBe("/export/coverage.xlsx?fromYear=2017&toYear=2020&planId=plan-2017-2020&lang=en");
    expect(await page.textContent("h1")).toBe("Partner coverage by country");
    expect(await headers(page)).toEqual(["Country", "Region", "Priority", "Status", "Partners", "Active partners", "Partnerships in force",
      "Sister localities", "Activities", "Projects", "Funds mobilised", "Last activity"]);
    const answer = await coverage(2017, 2020);
    const japan = answer.rows.find((r: any) => r.country.code === "JP");
    const cells = await rowCells(page, "JP");
    expect(cells[0]).toContain("Japan");
    expect(cells[FUNDS]).toContain(`${gb(japan.fundsMobilizedUsd, 2)} USD`);
    await app.screenshot(page, "coverage-en");
    expectClean(opened);
  });

  it("switches language in place: headers and number format change, the rows stay", async () => {
    const { page } = await app.open(LINK);
    await page.waitForSelector(ROWS);
    const before = await rowKeys(page);
    const answer = await coverage(2017, 2020);
    const total = answer.totals.fundsMobilizedUsd;
    expect(await page.textContent("tr.total")).toContain(`${vn(total, 2)} USD`);
    await page.getByRole("button", { name: /English/ }).click();
    await expect.poll(() => headers(page)).toContain("Partners");
    expect(await page.textContent("tr.total")).toContain(`${gb(total, 2)} USD`);
    expect(await rowKeys(page)).toEqual(before);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toContain("&lang=en");
  });

  it("says why when the API refuses the period, and shows no gaps without a plan", async () => {
    const refused = await app.open("/coverage?fromYear=2020&toYear=2017&planId=plan-2017-2020");
    await refused.page.waitForSelector('[role="alert"]');
    expect(await refused.page.textContent('[role="alert"]')).toContain("toYear");
    expect(await refused.page.$$eval(ROWS, (rows) => rows.length)).toBe(0);

    const { page } = await app.open("/coverage?fromYear=2017&toYear=2020&planId=");
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="planId"]')).toBe("");
    expect(await page.$$eval('[data-testid="priority-gaps"]', (g) => g.length)).toBe(0);
    const answer = (await app.graphql(`{ partnerCoverage(period: {fromYear: 2017, toYear: 2020}) { rows { country { code } } } }`)).partnerCoverage;
    await expectRows(page, codes(answer.rows));
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/coverage.csv?fromYear=2017&toYear=2020");
  });
});
