/** /permits in Chromium: every NGO of ngoPermits, its status and the engagements no permit covered, the day and window in the URL, exports, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, dmy, expectClean, expectRows, headers, paramsOf, rowCells, vn } from "./viewTable";

const app = webAppFixture();
const LINK = "/permits?asOf=2020-12-31";
const QUERY = `query($asOf: String!, $expiringWithinDays: Int! = 90) { ngoPermits(asOf: $asOf, expiringWithinDays: $expiringWithinDays) {
  actor { id name nameVi } status validUntil uncoveredActivities { id title titleVi organizers { id } } uncoveredProjects { id title titleVi implementers { id } } } }`;
const permits = async (asOf: string, expiringWithinDays?: number) => (await app.graphql(QUERY, { asOf, expiringWithinDays })).ngoPermits;
const ORDER = ["NONE", "EXPIRED", "EXPIRING", "VALID"];
/** The page's default order: no permit, expired, expiring, valid; the answer's (id) order within each. */
const byStatus = (rows: any[]) => [...rows].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)).map((r) => r.actor.id);
const LABELS: Record<string, string> = { VALID: "Còn hiệu lực", EXPIRING: "Sắp hết hạn", EXPIRED: "Hết hạn", NONE: "Không có giấy phép" };
const uncovered = (r: any) => r.uncoveredActivities.length + r.uncoveredProjects.length > 0;
// Column positions: NGO, status, valid until, activities without a permit, projects without a permit.
const [NGO, STATUS, UNTIL, ACTIVITIES, PROJECTS] = [0, 1, 2, 3, 4];

describe("the permits view", () => {
  it("shows every NGO of the answer, the most urgent first, with its status, validity and uncovered engagements; names those that worked without a permit", async () => {
    const rows = await permits("2020-12-31");
    const opened = await app.open(LINK);
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, byStatus(rows));
    // The demo holds every status and an NGO that worked without a permit.
    expect(new Set(rows.map((r: any) => r.status))).toEqual(new Set(ORDER));
    expect(rows.some(uncovered)).toBe(true);
    for (const row of rows) {
      const cells = await rowCells(page, row.actor.id);
      expect(cells[NGO]).toBe(row.actor.nameVi ?? row.actor.name);
      expect(cells[STATUS]).toBe(LABELS[row.status]);
      expect(cells[UNTIL]).toBe(row.validUntil ? dmy(row.validUntil) : row.status === "VALID" ? "Không thời hạn" : "—");
      // The count, then (folded) the list it counts.
      const activities = row.uncoveredActivities.length ? `${vn(row.uncoveredActivities.length)} hoạt động` : "0";
      const projects = row.uncoveredProjects.length ? `${vn(row.uncoveredProjects.length)} dự án` : "0";
      expect(cells[ACTIVITIES].slice(0, activities.length)).toBe(activities);
      expect(cells[PROJECTS].slice(0, projects.length)).toBe(projects);
      expect(await page.$$eval(`tr[data-key="${row.actor.id}"] details[open]`, (d) => d.length)).toBe(0);
    }
    for (const status of ORDER) expect(await page.textContent(`[data-status="${status}"] .value`)).toBe(vn(rows.filter((r: any) => r.status === status).length));
    expect(await page.$$eval('[data-testid="uncovered"] li', (lis) => lis.map((li) => li.getAttribute("data-key")))).toEqual(rows.filter(uncovered).map((r: any) => r.actor.id));
    expect(await page.textContent('[data-testid="uncovered"]')).toContain("khi không có giấy phép còn hiệu lực");

    // The uncovered activities and projects unfold, each linking to who organised or implemented it.
    const temasek = rows.find((r: any) => r.actor.id === "sg-temasek");
    await page.click('tr[data-key="sg-temasek"] td:nth-child(4) summary');
    await page.click('tr[data-key="sg-temasek"] td:nth-child(5) summary');
    expect(await page.$$eval('tr[data-key="sg-temasek"] [data-activity]', (lis) => lis.map((li) => li.getAttribute("data-activity")))).toEqual(temasek.uncoveredActivities.map((a: any) => a.id));
    expect(await page.$$eval('tr[data-key="sg-temasek"] [data-project]', (lis) => lis.map((li) => li.getAttribute("data-project")))).toEqual(temasek.uncoveredProjects.map((p: any) => p.id));
    for (const a of temasek.uncoveredActivities) expect(await page.textContent(`[data-activity="${a.id}"]`)).toContain(a.titleVi ?? a.title);
    for (const p of temasek.uncoveredProjects) expect(await page.textContent(`[data-project="${p.id}"]`)).toContain(p.titleVi ?? p.title);
    const first = temasek.uncoveredActivities[0];
    expect(await page.getAttribute(`[data-activity="${first.id}"] a`, "href")).toBe(`/actors/${first.organizers[0].id}`);
    expect(await page.getAttribute('tr[data-key="sg-temasek"] td a', "href")).toBe("/actors/sg-temasek");
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/permits.csv?asOf=2020-12-31");
    expect(await page.getAttribute("a:text('Tải Excel')", "href")).toBe("/export/permits.xlsx?asOf=2020-12-31");
    await app.screenshot(page, "permits-vi");
    expectClean(opened);
  });

  it("keeps the day and the window in the URL: the form shows them, a change rewrites them and the rows follow, a reload restores them", async () => {
    const { page } = await app.open("/permits?asOf=2019-12-31&expiringWithinDays=30");
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('input[name="asOf"]')).toBe("2019-12-31");
    expect(await page.inputValue('input[name="expiringWithinDays"]')).toBe("30");
    await expectRows(page, byStatus(await permits("2019-12-31", 30)));
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/permits.csv?asOf=2019-12-31&expiringWithinDays=30");

    await page.fill('input[name="asOf"]', "2020-12-31");
    await page.waitForURL(/asOf=2020-12-31/);
    expect(paramsOf(page).get("expiringWithinDays")).toBe("30");
    const later = await permits("2020-12-31", 30);
    await expectRows(page, byStatus(later));
    // With a 30-day window, a permit expiring at the end of February is not expiring yet on 31 December.
    expect(later.find((r: any) => r.actor.id === "us-emw").status).toBe("VALID");

    // An empty window is the question's default (90 days).
    await page.fill('input[name="expiringWithinDays"]', "");
    await page.waitForURL((url) => !url.searchParams.has("expiringWithinDays"));
    const defaults = await permits("2020-12-31");
    await expectRows(page, byStatus(defaults));

    await page.getByRole("button", { name: "Tổ chức", exact: true }).click();
    await page.waitForURL(/sort=ngo&dir=asc/);
    const byName = [...defaults].sort((a, b) => (a.actor.nameVi ?? a.actor.name).localeCompare(b.actor.nameVi ?? b.actor.name, "vi")).map((r) => r.actor.id);
    await expectRows(page, byName);
    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('input[name="asOf"]')).toBe("2020-12-31");
    expect(await page.inputValue('input[name="expiringWithinDays"]')).toBe("");
    await expectRows(page, byName);
  });

  it("looks at today on a bare /permits (replacing the entry), and speaks English", async () => {
    const opened = await app.open("/permits?lang=en");
    const { page } = opened;
    await page.waitForURL(/asOf=\d{4}-\d{2}-\d{2}/);
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; });
    expect(paramsOf(page).get("asOf")).toBe(today);
    expect(await page.evaluate(() => (globalThis as any).history.length)).toBe(2);
    await page.waitForSelector(ROWS);
    const rows = await permits(today);
    await expectRows(page, byStatus(rows));
    expect(await page.textContent("h1")).toBe("Foreign NGOs' permits");
    expect(await headers(page)).toEqual(["NGO", "Permit status", "Valid until", "Activities without a permit", "Projects without a permit"]);
    const au = rows.find((r: any) => r.actor.id === "au-volunteers");
    expect((await rowCells(page, "au-volunteers"))[STATUS]).toBe({ VALID: "Valid", EXPIRING: "Expiring", EXPIRED: "Expired", NONE: "No permit" }[au.status as string]);
    expect((await rowCells(page, "au-volunteers"))[NGO]).toBe(au.actor.name);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe(`/export/permits.csv?asOf=${today}&lang=en`);
    await page.click('tr[data-key="sg-temasek"] td:nth-child(4) summary');
    await app.screenshot(page, "permits-en");
    expectClean(opened);
  });
});
