/** /tasks in Chromium: every task of planProgress, its activities by kind and its assignees with and without activity; plan and year in the URL; exports; English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, expectClean, expectRows, headers, paramsOf, rowCells, vn } from "./viewTable";

const app = webAppFixture();
const LINK = "/tasks?planId=plan-2017-2020&year=2019";
const progress = async (year: number) =>
  (await app.graphql(`query($year: Int!) { planProgress(planId: "plan-2017-2020", year: $year) { task { id title titleVi } activities activitiesByKind { kind count }
    assigneesWithActivity { id name nameVi } assigneesWithout { id name nameVi } } }`, { year })).planProgress;
const ids = (rows: any[]) => rows.map((r) => r.task.id);
const actorsIn = (page: any, task: string, column: "with" | "without"): Promise<string[]> =>
  page.$$eval(`tr[data-key="${task}"] .assignees.${column} li`, (lis: any[]) => lis.map((li) => li.getAttribute("data-actor")));
// Column positions: task, activities, by kind, units with activity, units without.
const [TASK, ACTIVITIES, BY_KIND] = [0, 1, 2];

describe("the tasks view", () => {
  it("shows every task of the plan with its activities in the year, by kind, and its assignees with and without activity", async () => {
    const rows = await progress(2019);
    const opened = await app.open(LINK);
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, ids(rows));
    expect(rows.some((r: any) => r.assigneesWithout.length > 0)).toBe(true);
    expect(rows.some((r: any) => r.activities === 0)).toBe(true);
    const kinds = await app.graphql(`{ a: planProgress(planId: "plan-2017-2020", year: 2019) { task { id } } }`);
    expect(kinds.a.length).toBe(rows.length);
    for (const row of rows) {
      const cells = await rowCells(page, row.task.id);
      expect(cells[TASK]).toBe(row.task.titleVi ?? row.task.title);
      expect(cells[ACTIVITIES]).toBe(vn(row.activities));
      expect(await page.$$eval(`tr[data-key="${row.task.id}"] [data-kind]`, (spans) => spans.map((s) => s.getAttribute("data-kind")))).toEqual(row.activitiesByKind.map((k: any) => k.kind));
      for (const k of row.activitiesByKind) expect(await page.textContent(`tr[data-key="${row.task.id}"] [data-kind="${k.kind}"]`)).toContain(`: ${vn(k.count)}`);
      if (row.activitiesByKind.length === 0) expect(cells[BY_KIND]).toBe("Không có");
      expect(await actorsIn(page, row.task.id, "with")).toEqual(row.assigneesWithActivity.map((a: any) => a.id));
      expect(await actorsIn(page, row.task.id, "without")).toEqual(row.assigneesWithout.map((a: any) => a.id));
    }
    const someone = rows.find((r: any) => r.assigneesWithout.length > 0).assigneesWithout[0];
    expect(await page.getAttribute(`.assignees.without li[data-actor="${someone.id}"] a`, "href")).toBe(`/actors/${someone.id}`);
    expect(await page.textContent(`.assignees.without li[data-actor="${someone.id}"]`)).toContain(someone.nameVi ?? someone.name);
    const card = (name: string) => page.textContent(`[data-card="${name}"] .value`);
    expect(await card("tasks")).toBe(vn(rows.length));
    expect(await card("idle")).toBe(vn(rows.filter((r: any) => r.activities === 0).length));
    expect(await card("activities")).toBe(vn(rows.reduce((n: number, r: any) => n + r.activities, 0)));
    expect(await card("without")).toBe(vn(new Set(rows.flatMap((r: any) => r.assigneesWithout.map((a: any) => a.id))).size));
    expect(await page.getAttribute("a:text('Tải CSV')", "href")).toBe("/export/plan-progress.csv?planId=plan-2017-2020&year=2019");
    expect(await page.getAttribute("a:text('Tải Excel')", "href")).toBe("/export/plan-progress.xlsx?planId=plan-2017-2020&year=2019");
    await app.screenshot(page, "tasks-vi");
    expectClean(opened);
  });

  it("keeps plan and year in the URL: the selects show them, a change rewrites the URL and the rows follow, a reload restores it", async () => {
    const { page } = await app.open(LINK);
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="planId"]')).toBe("plan-2017-2020");
    expect(await page.inputValue('select[name="year"]')).toBe("2019");
    expect(await page.$$eval('select[name="year"] option', (options) => options.map((o) => o.textContent))).toEqual(["2017", "2018", "2019", "2020"]);
    await page.selectOption('select[name="year"]', "2020");
    await page.waitForURL(/year=2020/);
    const rows = await progress(2020);
    // The tasks are the same in every year, so the keys alone cannot tell the 2020 rows from 2019's:
    // wait for the activity counts, which the refetch replaces.
    const activityColumn = () => Promise.all(rows.map(async (row: any) => (await rowCells(page, row.task.id))[ACTIVITIES]));
    await expect.poll(activityColumn, { timeout: 15_000 }).toEqual(rows.map((row: any) => vn(row.activities)));
    await expectRows(page, ids(rows));
    await page.getByRole("button", { name: "Hoạt động", exact: true }).click();
    await page.waitForURL(/sort=activities&dir=asc/);
    const byActivities = ids([...rows].sort((a, b) => a.activities - b.activities));
    await expectRows(page, byActivities);
    await page.reload({ waitUntil: "networkidle" });
    await page.waitForSelector(ROWS);
    expect(await page.inputValue('select[name="year"]')).toBe("2020");
    await expectRows(page, byActivities);
  });

  it("fills a bare /tasks with the first plan and its last year, and speaks English", async () => {
    const opened = await app.open("/tasks?lang=en");
    const { page } = opened;
    await page.waitForURL(/planId=plan-2017-2020/);
    expect(paramsOf(page).get("year")).toBe("2020");
    await page.waitForSelector(ROWS);
    const rows = await progress(2020);
    await expectRows(page, ids(rows));
    expect(await page.textContent("h1")).toBe("Progress of the plan's tasks");
    expect(await headers(page)).toEqual(["Task", "Activities", "By kind", "Units with activity", "Units without activity"]);
    expect((await rowCells(page, rows[0].task.id))[TASK]).toBe(rows[0].task.title);
    const busy = rows.find((r: any) => r.activitiesByKind.length > 0);
    expect(await page.textContent(`tr[data-key="${busy.task.id}"] [data-kind]`)).toMatch(/^[A-Z][a-z]+/);
    expect(await page.getAttribute("a:text('Download CSV')", "href")).toBe("/export/plan-progress.csv?planId=plan-2017-2020&year=2020&lang=en");
    await app.screenshot(page, "tasks-en");
    expectClean(opened);
  });
});
