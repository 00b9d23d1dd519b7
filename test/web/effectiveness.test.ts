/** /effectiveness in Chromium: every partnership of partnershipEffectiveness, dormant first, filters in the URL, exports, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, dmy, expectClean, expectRows, gb, headers, paramsOf, rowCells, vn } from "./viewTable";

const app = webAppFixture();
const QUERY = `query($period: PeriodInput!, $kind: PartnershipKind, $country: String, $domesticPartyId: ID) {
  partnershipEffectiveness(period: $period, kind: $kind, country: $country, domesticPartyId: $domesticPartyId) {
    partnership { id title } score flags dormant activities lastActivityOn daysSinceLastActivity latestReview { year score } } }`;
const effectiveness = async (variables: { kind?: string; country?: string; domesticPartyId?: string; fromYear?: number } = {}) =>
  (await app.graphql(QUERY, { period: { fromYear: variables.fromYear ?? 2017, toYear: 2020 }, ...variables, fromYear: undefined })).partnershipEffectiveness;
/** The page's default order: dormant ones first, each group in the answer's (id) order. */
const dormantFirst = (rows: any[]) => [...rows.filter((r) => r.dormant), ...rows.filter((r) => !r.dormant)].map((r) => r.partnership.id);
// Column positions: partnership, kind, score, flags, activities, funds, last activity, days since, latest review.
const [TITLE, SCORE, FLAGS, ACTIVITIES, LAST, DAYS, REVIEW] = [0, 2, 3, 4, 6, 7, 8];

describe("the effectiveness view", () => {
  it("shows every partnership of the answer, dormant first, with its score, flags, last activity and review; the summary counts them", async () => {
    const rows = await effectiveness();
    const opened = await app.open("/effectiveness?fromYear=2017&toYear=2020");
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, dormantFirst(rows));
    expect(rows.some((r: any) => r.dormant)).toBe(true);
    for (const row of rows) {
      const cells = await rowCells(page, row.partnership.id);
      expect(cells[TITLE]).toBe(row.partnership.title);
      expect(cells[SCORE]).toBe(vn(row.score, 1));
      expect(cells[ACTIVITIES]).toBe(vn(row.activities));
      expect(cells[LAST]).toBe(row.lastActivityOn ? dmy(row.lastActivityOn) : "—");
      expect(cells[DAYS]).toBe(row.daysSinceLastActivity === null ? "—" : vn(row.daysSinceLastActivity));
      if (row.latestReview) expect(cells[REVIEW]).toContain(`${row.latestReview.year} · ${vn(row.latestReview.score)}/5`);
      else expect(cells[REVIEW]).toBe("Chưa có");
      if (row.dormant) expect(cells[FLAGS]).toContain("Ngưng hoạt động");
    }
    const card = (name: string) => page.textContent(`[data-card="${name}"] .value`);
    expect(await card("count")).toBe(vn(rows.length));
    expect(await card("dormant")).toBe(vn(rows.filter((r: any) => r.dormant).length));
    expect(await card("average")).toBe(vn(rows.reduce((s: number, r: any) => s + r.score, 0) / rows.length, 1));
    // Sorted by flags (dormant first) by default, and says so.
    expect(await page.textContent("th[aria-sort=ascending]")).toContain("Cảnh báo");
    await app.screenshot(page, "effectiveness-vi");
    expectClean(opened);
  });

  it("opens a partnership from its row and from its title, a real link", async () => {
    const { page } = await app.open("/effectiveness?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY");
    await page.waitForSelector(ROWS);
    expect(await page.getAttribute('tr[data-key="ps-kh-wakayama"] td a', "href")).toBe("/partnerships/ps-kh-wakayama");
    await page.click('tr[data-key="ps-kh-irkutsk"] td:nth-child(5)');
    await page.waitForURL(/\/partnerships\/ps-kh-irkutsk$/);
  });

  it("keeps its filters in the URL: the form shows them, a change rewrites them and the rows follow, a reload restores them", async () => {
    const { page } = await app.open("/effectiveness?fromYear=2017&toYear=2020&kind=AID_PROGRAM");
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="kind"]')).toBe("AID_PROGRAM");
    expect(await page.inputValue('input[name="fromYear"]')).toBe("2017");
    await expectRows(page, dormantFirst(await effectiveness({ kind: "AID_PROGRAM" })));

    await page.selectOption('select[name="kind"]', "SISTER_LOCALITY");
    await page.waitForURL(/kind=SISTER_LOCALITY/);
    await expectRows(page, dormantFirst(await effectiveness({ kind: "SISTER_LOCALITY" })));
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/effectiveness.csv?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY");
    expect(await page.getAttribute("a:text('Tải Excel')", "href")).toBe("/export/effectiveness.xlsx?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY");

    await page.selectOption('select[name="kind"]', "");
    await page.selectOption('select[name="country"]', "JP");
    await page.waitForURL((url) => url.searchParams.get("country") === "JP" && !url.searchParams.has("kind"));
    const japan = await effectiveness({ country: "JP" });
    await expectRows(page, dormantFirst(japan));
    // The file holds the page's rows: the country goes into the link too.
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/effectiveness.csv?fromYear=2017&toYear=2020&country=JP");

    await page.getByRole("button", { name: "Điểm", exact: true }).click();
    await page.waitForURL(/sort=score&dir=asc/);
    await expectRows(page, [...japan].sort((a, b) => a.score - b.score).map((r) => r.partnership.id));

    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="country"]')).toBe("JP");
    expect(await page.inputValue('select[name="kind"]')).toBe("");
    expect(await page.textContent("th[aria-sort=ascending]")).toContain("Điểm");
    await expectRows(page, [...japan].sort((a, b) => a.score - b.score).map((r) => r.partnership.id));
  });

  it("takes a domestic party from the link, names it, and lets it go", async () => {
    const { page } = await app.open("/effectiveness?fromYear=2017&toYear=2020&domesticPartyId=vn-kh-dpi");
    await page.waitForSelector(ROWS);
    await expectRows(page, dormantFirst(await effectiveness({ domesticPartyId: "vn-kh-dpi" })));
    const { actor } = await app.graphql(`{ actor(id: "vn-kh-dpi") { name nameVi } }`);
    await expect.poll(() => page.textContent(".filter-chip")).toContain(actor.nameVi ?? actor.name);
    await page.getByRole("button", { name: "Bỏ lọc: Bên trong nước" }).click();
    await page.waitForURL((url) => !url.searchParams.has("domesticPartyId"));
    await expectRows(page, dormantFirst(await effectiveness()));
  });

  it("fills a bare /effectiveness from the first plan's period and speaks English", async () => {
    const opened = await app.open("/effectiveness?lang=en");
    const { page } = opened;
    await page.waitForURL(/toYear=2020/);
    expect(paramsOf(page).get("fromYear")).toBe("2017");
    await page.waitForSelector(ROWS);
    expect(await page.textContent("h1")).toBe("Partnership effectiveness");
    expect(await headers(page)).toEqual(["Partnership", "Kind", "Score", "Flags", "Activities", "Funds mobilised", "Last activity", "Days since last activity", "Latest review"]);
    const rows = await effectiveness();
    const scored = rows.find((r: any) => !Number.isInteger(r.score) && r.score > 0) ?? rows[0];
    expect((await rowCells(page, scored.partnership.id))[SCORE]).toBe(gb(scored.score, 1));
    const dormant = rows.find((r: any) => r.dormant);
    expect((await rowCells(page, dormant.partnership.id))[FLAGS]).toContain("Dormant");
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/effectiveness.csv?fromYear=2017&toYear=2020&lang=en");
    await app.screenshot(page, "effectiveness-en");
    expectClean(opened);
  });

  it("says so when no partnership matches", async () => {
    expect(await effectiveness({ country: "BN" })).toEqual([]);
    const opened = await app.open("/effectiveness?fromYear=2017&toYear=2020&country=BN");
    await opened.page.waitForSelector(".state-empty");
    expect(await opened.page.textContent(".state-empty")).toContain("Không có quan hệ nào");
    expect(await opened.page.inputValue('select[name="country"]')).toBe("BN");
    expectClean(opened);
  });
});
