/** /partnerships/:id in Chromium: parties, the whole timeline, money in the language, not found, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();
const ID = "ps-kh-wakayama";
const vn = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(n);
const dmy = (date: string) => date.split("-").reverse().join("/");

async function answer() {
  const { partnership } = await app.graphql(`query ($id: ID!) { partnership(id: $id) {
    title titleVi domesticParties { id } foreignParties { id }
    activities(first: 100) { totalCount edges { node { id title titleVi date } } }
    projects { id committed { amount currency } } } }`, { id: ID });
  return partnership;
}

describe("the partnership view", () => {
  it("shows the parties, every activity newest first with the count, and money as 1.234.567 USD", async () => {
    const p = await answer();
    const { page, offsite, pageErrors } = await app.open(`/partnerships/${ID}`);
    await page.waitForSelector('[data-testid="timeline"] li');
    expect(await page.textContent("h1")).toBe(p.titleVi ?? p.title);
    const keys = (selector: string) => page.$$eval(`${selector} [data-key]`, (items) => items.map((i) => i.getAttribute("data-key")));
    expect(await keys('[data-testid="domestic-parties"]')).toEqual(p.domesticParties.map((a: any) => a.id));
    expect(await keys('[data-testid="foreign-parties"]')).toEqual(p.foreignParties.map((a: any) => a.id));
    expect(await page.getAttribute('[data-testid="foreign-parties"] a', "href")).toBe(`/actors/${p.foreignParties[0].id}`);
    expect(await page.textContent('[data-testid="activity-count"]')).toBe(`(${p.activities.totalCount})`);

    // Every page of the timeline, by the "more" button while there is one.
    const more = page.getByRole("button", { name: "Xem thêm hoạt động" });
    const shown = () => page.$$eval('[data-testid="timeline"] li', (items) => items.length);
    expect(await shown()).toBeLessThan(p.activities.totalCount);
    while (await more.count()) {
      const before = await shown();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="timeline"] li').length > n, before);
    }
    const newestFirst = [...p.activities.edges.map((e: any) => e.node)].sort((a: any, b: any) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
    expect(await keys('[data-testid="timeline"]')).toEqual(newestFirst.map((a: any) => a.id));
    expect(await page.$$eval('[data-testid="timeline"] .tl-title', (items) => items.map((i) => i.textContent))).toEqual(newestFirst.map((a: any) => a.titleVi ?? a.title));

    const project = p.projects[0];
    const committed = await page.textContent(`tr[data-key="${project.id}"] td:nth-child(5)`);
    expect(committed).toBe(`${vn(project.committed.amount)} ${project.committed.currency}`);
    await app.screenshot(page, "partnership-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the agreement: document number, expiry with its renewals, the report date and the commitments", async () => {
    const { partnership: p } = await app.graphql(`{ partnership(id: "${ID}") { documentNumber expiresOn termYears reportedOn renewals { renewedOn expiresOn }
      commitments { id description kind target perYear activityKinds } } }`);
    const { page, pageErrors } = await app.open(`/partnerships/${ID}`);
    await page.waitForSelector('[data-testid="agreement"]');
    expect(await page.textContent('[data-testid="document-number"]')).toBe(p.documentNumber);
    expect(await page.textContent('[data-testid="expires-on"]')).toContain(dmy(p.expiresOn));
    expect(await page.textContent('[data-testid="reported-on"]')).toBe(dmy(p.reportedOn));
    expect(await page.$$eval('[data-testid="renewals"] li', (lis) => lis.map((li) => li.textContent))).toEqual(p.renewals.map((r: any) => `ngày ${dmy(r.renewedOn)}, đến ${dmy(r.expiresOn)}`));
    expect(await page.$$eval('[data-testid="commitments"] tbody tr', (rows) => rows.map((r) => r.getAttribute("data-key")))).toEqual(p.commitments.map((c: any) => c.id));
    for (const c of p.commitments) {
      const cells = await page.$$eval(`[data-testid="commitments"] tr[data-key="${c.id}"] td`, (tds) => tds.map((td) => td.textContent ?? ""));
      expect(cells[0]).toBe(c.description);
      expect(cells[2]).toBe(vn(c.target));
      expect(cells[3]).toBe(c.perYear ? "Mỗi năm" : "Cả thời hạn");
    }
    await page.locator('[data-testid="agreement"]').scrollIntoViewIfNeeded();
    await app.screenshot(page, "partnership-agreement-vi");
    // A partnership without agreement data shows no such block.
    const { agreementReview } = await app.graphql(`{ agreementReview(period: {fromYear: 2017, toYear: 2020}) { partnership { id } } }`);
    const { partnerships } = await app.graphql(`{ partnerships(first: 100) { edges { node { id } } } }`);
    const plain = partnerships.edges.map((e: any) => e.node.id).find((id: string) => !agreementReview.some((r: any) => r.partnership.id === id));
    const other = await app.open(`/partnerships/${plain}`);
    await other.page.waitForSelector("h1");
    expect(await other.page.$$eval('[data-testid="agreement"]', (b) => b.length)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("says so for an unknown id", async () => {
    const { page, pageErrors } = await app.open("/partnerships/ps-nowhere");
    await page.waitForSelector('[data-testid="not-found"]');
    expect(await page.textContent('[data-testid="not-found"]')).toContain("ps-nowhere");
    expect(pageErrors).toEqual([]);
  });

  it("speaks English with the switch, money as 1,234,567", async () => {
    const p = await answer();
    const { page } = await app.open(`/partnerships/ps-nhatrang-gimhae`);
    await page.getByRole("button", { name: /English/ }).click();
    await page.waitForSelector('[data-testid="timeline"] li');
    expect(await page.getByRole("heading", { name: /Timeline of activities/ }).count()).toBe(1);
    expect(await page.textContent(".pv .subtitle")).toBe("Sister locality");
    expect(await page.textContent(".pv-facts")).toContain("In force");
    expect(await page.getAttribute('[data-testid="domestic-parties"] a', "href")).toMatch(/\?lang=en$/);
    await app.screenshot(page, "partnership-en");
    const wakayama = await app.open(`/partnerships/${ID}?lang=en`);
    await wakayama.page.waitForSelector("table.data");
    const project = p.projects[0];
    expect(await wakayama.page.textContent(`tr[data-key="${project.id}"] td:nth-child(5)`))
      .toBe(`${new Intl.NumberFormat("en-GB").format(project.committed.amount)} ${project.committed.currency}`);
  });
});
