/**
 * The other views in Chromium on the demo data: each deep link shows the rows of the matching
 * GraphQL answer, keeps its state in the URL, and loads nothing from elsewhere.
 */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();
const vn = (n: number, digits = 2) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits }).format(n);
const keys = (page: any, selector = "table.data tbody tr") => page.$$eval(selector, (rows: any[]) => rows.map((r) => r.getAttribute("data-key")));

describe("the effectiveness view", () => {
  it("shows every partnership of the answer, dormant first, with its score; a click opens it", async () => {
    const { partnershipEffectiveness: rows } = await app.graphql(`{ partnershipEffectiveness(period: {fromYear: 2017, toYear: 2020}, kind: SISTER_LOCALITY) { partnership { id } score dormant } }`);
    const { page, offsite, pageErrors } = await app.open("/effectiveness?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY");
    await page.waitForSelector("table.data tbody tr");
    const shown = await keys(page);
    expect([...shown].sort()).toEqual(rows.map((r: any) => r.partnership.id).sort());
    expect(shown[0]).toBe(rows.find((r: any) => r.dormant).partnership.id);
    const wakayama = await page.$$eval('tr[data-key="ps-kh-wakayama"] td', (tds) => tds.map((td) => td.textContent ?? ""));
    expect(wakayama[2]).toContain(vn(rows.find((r: any) => r.partnership.id === "ps-kh-wakayama").score, 1));
    expect(await page.inputValue('select[name="kind"]')).toBe("SISTER_LOCALITY");
    await app.screenshot(page, "effectiveness-vi");
    await page.click('tr[data-key="ps-kh-irkutsk"] td:nth-child(5)');
    await page.waitForURL(/\/partnerships\/ps-kh-irkutsk/);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("the reporting view", () => {
  it("shows every assigned unit with its status, the submitted date and the deadline", async () => {
    const { reportingStatus: rows } = await app.graphql(`{ reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { id } status submittedOn } }`);
    const { page, offsite } = await app.open("/reporting?planId=plan-2017-2020&year=2019");
    await page.waitForSelector("table.data tbody tr");
    expect(await keys(page)).toEqual(rows.map((r: any) => r.unit.id));
    const late = rows.find((r: any) => r.status === "LATE");
    const cells = await page.$$eval(`tr[data-key="${late.unit.id}"] td`, (tds) => tds.map((td) => td.textContent ?? ""));
    expect(cells[1]).toBe("Trễ hạn");
    expect(cells[2]).toBe(late.submittedOn.split("-").reverse().join("/"));
    expect(await page.textContent('[data-testid="deadline"]')).toContain("15/12/2019");
    expect(await page.getAttribute("a:text('Báo cáo năm (DOCX)')", "href")).toBe("/reports/yearly.docx?planId=plan-2017-2020&year=2019");
    await app.screenshot(page, "reporting-vi");
    expect(offsite).toEqual([]);
  });
});

describe("the actor page", () => {
  it("shows its collaborators in the network and as a list, and the path to another actor from the link", async () => {
    const data = await app.graphql(`{ collaborators(actorId: "fr-plougastel") { id } connection(fromId: "fr-plougastel", toId: "kr-koica") { actors { id } } }`);
    const { page, offsite, pageErrors } = await app.open("/actors/fr-plougastel?to=kr-koica");
    await page.waitForSelector('[data-testid="path"] li');
    expect(await keys(page, '[data-testid="collaborators"] li')).toEqual(data.collaborators.map((c: any) => c.id));
    expect(await page.getAttribute(".network-graph", "data-nodes")).toBe(String(data.collaborators.length + 1));
    expect(await page.$$eval(".network-graph canvas", (c) => c.length)).toBeGreaterThan(0);
    expect(await keys(page, '[data-testid="path"] li')).toEqual(data.connection.actors.map((a: any) => a.id));
    await app.screenshot(page, "actor-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("finds a target by search and puts it in the URL", async () => {
    const { page } = await app.open("/actors/vn-kh-dofa?lang=en");
    await page.getByLabel("Find an actor").fill("irkutsk");
    await page.getByRole("button", { name: "Irkutsk Oblast" }).click();
    await page.waitForURL(/to=ru-irkutsk/);
    await page.waitForSelector('[data-testid="path"] li');
    expect(await page.textContent("h1")).toBe("Khanh Hoa Department of Foreign Affairs");
  });
});

describe("the search view", () => {
  it("finds actors whatever the diacritics", async () => {
    const { search } = await app.graphql(`{ search(text: "da nang", first: 50) { id } }`);
    const { page } = await app.open("/search?q=da+nang");
    await page.waitForSelector("table.data tbody tr");
    expect(await keys(page)).toEqual(search.map((a: any) => a.id));
    const none = await app.open("/search?q=zzzz");
    await none.page.waitForSelector(".state-empty");
  });
});
