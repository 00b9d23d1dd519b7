/**
 * The yearly report on the demo dataset: fundsMobilized (the one figure the API had no answer for)
 * agrees with the coverage analytic; the DOCX holds the plan, the year, the analytics' figures
 * (delegations in and out, activities per country, funds, the sister relations, the priority gaps)
 * and every unit's reporting status, in Vietnamese; `npm run report` writes the same document.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { demoServer, docxText } from "../exports/demoServer";
import { testNeo4jEnv } from "../support/db";
import { npmScript } from "../support/commands";

const service = demoServer();

const fmt = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);
const STATUS = { ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa báo cáo" } as Record<string, string>;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("fundsMobilized", () => {
  it.each([[2017, 2020], [2018, 2018], [2019, 2019], [2015, 2021]])("%i-%i: the total is partnerCoverage's, and the funding types add up to it", async (fromYear, toYear) => {
    const data = await service.graphql(`query($period: PeriodInput!) {
      fundsMobilized(period: $period) { totalUsd unconvertedFunds { amount currency } byFundingType { fundingType usd unconvertedFunds { amount currency } } }
      partnerCoverage(period: $period) { totals { fundsMobilizedUsd unconvertedFunds { amount currency } } }
    }`, { period: { fromYear, toYear } });
    expect(data.fundsMobilized.totalUsd).toBe(data.partnerCoverage.totals.fundsMobilizedUsd);
    expect(data.fundsMobilized.unconvertedFunds).toEqual(data.partnerCoverage.totals.unconvertedFunds);
    const byType = data.fundsMobilized.byFundingType;
    expect(byType.reduce((sum: number, t: any) => sum + t.usd, 0)).toBeCloseTo(data.fundsMobilized.totalUsd, 1);
    expect(byType[0].fundingType).toBeNull(); // the activities' funds come first
  });

  it("for one unit: the funds of the activities it organised and of the projects it implements, by funding type", async () => {
    const { fundsMobilized } = await service.graphql(`{ fundsMobilized(period: {fromYear: 2019, toYear: 2019}, domesticUnitId: "vn-kh-dofa") {
      byFundingType { fundingType usd unconvertedFunds { amount currency } } } }`);
    const of = (type: string) => fundsMobilized.byFundingType.find((t: any) => t.fundingType === type);
    expect(of("NGO_AID").usd).toBe(219_900); // prj-temasek-training: 300 000 SGD at 0.733
    expect(of("OTHER").unconvertedFunds).toEqual([{ amount: 1_500_000, currency: "THB" }]); // prj-phuket-tourism: no THB rate
    expect(of("ODA")).toBeUndefined(); // the ADB road is the planning department's
  });

  it("refuses a period outside the API's bounds, naming it", async () => {
    const response = await service.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ fundsMobilized(period: {fromYear: 2020, toYear: 2019}) { totalUsd } }" }) });
    const body: any = await response.json();
    expect(body.errors[0]).toMatchObject({ message: "period.toYear: must not be before fromYear (2020), got 2019", extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("the yearly report of the province", () => {
  const year = 2019;
  let text = "";
  const report = async () => (text ||= await docxText((await service.download(`/reports/yearly.docx?planId=plan-2017-2020&year=${year}`)).body));

  // A fresh Neo4j plans every statement the first time it sees it; on a loaded machine the first
  // report's sixty-odd questions can then take most of the request deadline (REQUEST_TIMEOUT_MS).
  // The analytics are asked once beforehand, as a running service would have been.
  beforeAll(async () => {
    await service.graphql(`{
      partnerCoverage(period: {fromYear: ${year}, toYear: ${year}}, planId: "plan-2017-2020") { rows { activities } }
      partnershipEffectiveness(period: {fromYear: ${year}, toYear: ${year}}) { flags }
      reportingStatus(planId: "plan-2017-2020", year: ${year}) { status }
      activities(filter: {from: "${year}-01-01", to: "${year}-12-31", country: "JP", kinds: [TRAINING]}, first: 0) { totalCount }
    }`);
  });

  it("is a DOCX named after the plan and the year, with the plan's title and the year", async () => {
    const file = await service.download(`/reports/yearly.docx?planId=plan-2017-2020&year=${year}`);
    text = await docxText(file.body);
    expect(file.status).toBe(200);
    expect(file.type).toBe(DOCX);
    expect(file.disposition).toBe(`attachment; filename="bao-cao-plan-2017-2020-${year}.docx"`);
    const { plan } = await service.graphql(`{ plan(id: "plan-2017-2020") { titleVi } }`);
    expect(await report()).toContain(`BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN NĂM ${year}`);
    expect(text).toContain(`Thực hiện ${plan.titleVi}`);
    expect(text).toContain(`Năm báo cáo: ${year} — Toàn tỉnh`);
  });

  it("counts delegations in and out apart, as the API counts them", async () => {
    const data = await service.graphql(`{
      all: activities(filter: {from: "${year}-01-01", to: "${year}-12-31"}, first: 0) { totalCount }
      in: activities(filter: {from: "${year}-01-01", to: "${year}-12-31", kinds: [DELEGATION_IN]}, first: 0) { totalCount }
      out: activities(filter: {from: "${year}-01-01", to: "${year}-12-31", kinds: [DELEGATION_OUT]}, first: 0) { totalCount }
    }`);
    expect([data.in.totalCount, data.out.totalCount]).toEqual([3, 1]); // the demo's 2019 delegations
    expect(await report()).toContain(`Tổng số hoạt động: ${fmt(data.all.totalCount)}; đoàn vào: 3; đoàn ra: 1.`);
  });

  it("gives every country's activities as partnerCoverage counts them", async () => {
    const { partnerCoverage } = await service.graphql(`{ partnerCoverage(period: {fromYear: ${year}, toYear: ${year}}) { rows { country { code nameVi } activities } } }`);
    const active = partnerCoverage.rows.filter((r: any) => r.activities > 0);
    expect(active.length).toBeGreaterThan(3);
    await report();
    for (const row of active) expect(text).toContain(`${row.country.nameVi}\n${fmt(row.activities)}\n`);
  });

  it("gives the funds mobilised in USD as fundsMobilized and partnerCoverage do, with the unconverted amounts", async () => {
    const { fundsMobilized } = await service.graphql(`{ fundsMobilized(period: {fromYear: ${year}, toYear: ${year}}) { totalUsd unconvertedFunds { amount currency } } }`);
    const [baht] = fundsMobilized.unconvertedFunds; // the demo has no rate for the Thai baht
    expect(baht.currency).toBe("THB");
    expect(await report()).toContain(`Tổng vốn vận động: ${fmt(fundsMobilized.totalUsd)} USD, chưa kể ${fmt(baht.amount)} THB chưa quy đổi được`);
    expect(text).toContain("Viện trợ phi chính phủ"); // NGO_AID in words
  });

  it("reviews the sister relations with the dormant list, and names the priority countries without partners", async () => {
    const data = await service.graphql(`{
      partnershipEffectiveness(period: {fromYear: ${year}, toYear: ${year}}, kind: SISTER_LOCALITY) { partnership { title } dormant }
      partnerCoverage(period: {fromYear: ${year}, toYear: ${year}}, planId: "plan-2017-2020") { rows { country { code nameVi } priority status } }
    }`);
    await report();
    for (const s of data.partnershipEffectiveness) expect(text).toContain(s.partnership.title);
    const dormant = data.partnershipEffectiveness.filter((s: any) => s.dormant);
    expect(dormant.length).toBeGreaterThan(0);
    const dormantPart = text.slice(text.indexOf("Quan hệ ngưng hoạt động"));
    for (const s of dormant) expect(dormantPart).toContain(`• ${s.partnership.title}`);
    const gaps = data.partnerCoverage.rows.filter((r: any) => r.priority && r.status === "NONE");
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(text).toContain(`${c.country.nameVi} (${c.country.code})`);
  });

  it("gives every unit's reporting status in words, with its date", async () => {
    const { reportingStatus } = await service.graphql(`{ reportingStatus(planId: "plan-2017-2020", year: ${year}) { unit { nameVi } status submittedOn } }`);
    expect(new Set(reportingStatus.map((r: any) => r.status))).toEqual(new Set(["ON_TIME", "LATE", "MISSING"]));
    await report();
    for (const row of reportingStatus) {
      const day = row.submittedOn ? row.submittedOn.split("-").reverse().join("/") : "—";
      expect(text).toContain(`${row.unit.nameVi}\n${STATUS[row.status]}\n${day}\n`);
    }
  });
});

describe("the plan's other duties in the yearly report", () => {
  const year = 2020;
  let text = "";
  beforeAll(async () => {
    text = await docxText((await service.download(`/reports/yearly.docx?planId=plan-2017-2020&year=${year}`)).body);
  });

  it("gives every task's activities and names the assignees without any, as planProgress counts them", async () => {
    const { planProgress } = await service.graphql(`{ planProgress(planId: "plan-2017-2020", year: ${year}) {
      task { title titleVi } activities assigneesWithout { name nameVi } } }`);
    expect(planProgress.length).toBeGreaterThan(0);
    const part = text.slice(text.indexOf("Thực hiện nhiệm vụ của kế hoạch"));
    for (const t of planProgress) {
      const without = t.assigneesWithout.map((a: any) => a.nameVi ?? a.name).join(", ") || "—";
      expect(part).toContain(`${t.task.titleVi ?? t.task.title}\n${fmt(t.activities)}\n${without}\n`);
    }
  });

  it("lists the agreements to act on with their status in words, as agreementReview reviews them", async () => {
    const { agreementReview } = await service.graphql(`{ agreementReview(period: {fromYear: ${year}, toYear: ${year}}) {
      partnership { title titleVi } status reportStatus commitments { met } } }`);
    const toAct = agreementReview.filter((a: any) => ["EXPIRED", "EXPIRING"].includes(a.status) || ["MISSING", "LATE"].includes(a.reportStatus) || a.commitments.some((c: any) => !c.met));
    expect(toAct.length).toBeGreaterThan(0);
    const part = text.slice(text.indexOf("Thỏa thuận hợp tác quốc tế"), text.indexOf("Quản lý tổ chức phi chính phủ nước ngoài"));
    expect(part).toContain(`${fmt(agreementReview.length)} thỏa thuận được theo dõi`);
    for (const a of toAct) expect(part).toContain(a.partnership.titleVi ?? a.partnership.title);
    for (const a of agreementReview.filter((x: any) => !toAct.includes(x))) expect(part).not.toContain(`${a.partnership.titleVi ?? a.partnership.title}\n`);
    const words: Record<string, string> = { EXPIRED: "Hết hiệu lực", EXPIRING: "Sắp hết hiệu lực", MISSING: "Chưa báo cáo", LATE: "Báo cáo trễ hạn" };
    for (const a of toAct) if (words[a.status]) expect(part).toContain(words[a.status]);
  });

  it("counts the foreign NGOs by permit status at the year's end and lists those without a valid permit", async () => {
    const { ngoPermits } = await service.graphql(`{ ngoPermits(asOf: "${year}-12-31") { actor { name nameVi } status uncoveredActivities { id } uncoveredProjects { id } } }`);
    const part = text.slice(text.indexOf("Quản lý tổ chức phi chính phủ nước ngoài"));
    expect(part).toContain(`${fmt(ngoPermits.length)} tổ chức; Còn hiệu lực: ${fmt(ngoPermits.filter((p: any) => p.status === "VALID").length)};`);
    const attention = ngoPermits.filter((p: any) => p.status !== "VALID" || p.uncoveredActivities.length + p.uncoveredProjects.length > 0);
    expect(attention.length).toBeGreaterThan(0);
    for (const p of attention) expect(part).toContain(`${p.actor.nameVi ?? p.actor.name}\n`);
  });
});

describe("the yearly report of one unit", () => {
  it("has the unit's own activities, partnerships, projects and reporting row", async () => {
    const file = await service.download("/reports/yearly.docx?planId=plan-2017-2020&year=2019&unitId=vn-kh-dofa");
    expect(file.status).toBe(200);
    expect(file.disposition).toBe('attachment; filename="bao-cao-plan-2017-2020-2019-vn-kh-dofa.docx"');
    const text = await docxText(file.body);
    const data = await service.graphql(`{
      actor(id: "vn-kh-dofa") { nameVi }
      all: activities(filter: {from: "2019-01-01", to: "2019-12-31", organizerId: "vn-kh-dofa"}, first: 0) { totalCount }
      projects(filter: {implementerId: "vn-kh-dofa"}, first: 100) { edges { node { title } } }
      reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { id nameVi } status }
    }`);
    expect(text).toContain(`Đơn vị: ${data.actor.nameVi}`);
    expect(text).toContain(`Tổng số hoạt động: ${fmt(data.all.totalCount)};`);
    expect(text).toContain("Dự án do đơn vị thực hiện");
    for (const { node } of data.projects.edges) expect(text).toContain(node.title);
    const own = data.reportingStatus.find((r: any) => r.unit.id === "vn-kh-dofa");
    expect(text).toContain(`${own.unit.nameVi}\n${STATUS[own.status]}`);
    for (const other of data.reportingStatus.filter((r: any) => r.unit.id !== "vn-kh-dofa")) expect(text).not.toContain(`${other.unit.nameVi}\n`);
    // its own tasks, whether it did anything for each; no NGO section (the province's duty)
    const { planProgress } = await service.graphql(`{ planProgress(planId: "plan-2017-2020", year: 2019) { task { title titleVi } assigneesWithActivity { id } assigneesWithout { id } } }`);
    const ownTasks = planProgress.filter((t: any) => [...t.assigneesWithActivity, ...t.assigneesWithout].some((a: any) => a.id === "vn-kh-dofa"));
    expect(ownTasks.length).toBeGreaterThan(0);
    for (const t of ownTasks) expect(text).toContain(`${t.task.titleVi ?? t.task.title}\n`);
    expect(text).not.toContain("Quản lý tổ chức phi chính phủ nước ngoài");
  });

  it("of Trường Sa, which reported late in 2019", async () => {
    const text = await docxText((await service.download("/reports/yearly.docx?planId=plan-2017-2020&year=2019&unitId=vn-kh-truongsa")).body);
    expect(text).toContain("Đơn vị: Huyện Trường Sa");
    expect(text).toContain("Huyện Trường Sa\nTrễ hạn\n27/12/2019");
  });
});

describe("bad report requests", () => {
  it.each([
    ["/reports/yearly.docx?year=2020", "planId", "planId: is required"],
    ["/reports/yearly.docx?planId=plan-2017-2020", "year", "year: is required"],
    ["/reports/yearly.docx?planId=plan-2017-2020&year=two", "year", 'year: must be a whole year, got "two"'],
    ["/reports/yearly.docx?planId=nope&year=2020", "planId", 'planId: unknown plan "nope"'],
    ["/reports/yearly.docx?planId=plan-2017-2020&year=2020&unitId=jp-wakayama", "unitId", 'unitId: "jp-wakayama" is not a domestic unit'],
    ["/reports/yearly.docx?planId=plan-2017-2020&year=2020&format=pdf", "format", "format: unknown parameter"],
  ])("%s answers 400 naming %s", async (pathname, parameter, message) => {
    const response = await service.fetch(pathname);
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body.errors[0].message).toContain(message);
    expect(body.errors[0].extensions).toEqual({ code: "BAD_REQUEST", parameter });
  });
});

describe("npm run report", () => {
  const run = (...args: string[]) => {
    const report = npmScript("report", args);
    return spawnSync(report.program, report.args, { cwd: PROJECT_ROOT, env: { ...process.env, ...testNeo4jEnv() }, encoding: "utf8" });
  };

  it("writes the report of the plan for the year and exits 0; an unknown plan exits 1 naming --plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
    try {
      const out = path.join(dir, "bao-cao.docx");
      const ok = run("--plan", "plan-2017-2020", "--year", "2020", "--out", out);
      expect(ok.stderr).toMatch(/Wrote .*bao-cao\.docx/);
      expect(ok.status).toBe(0);
      expect(await docxText(fs.readFileSync(out))).toContain("NĂM 2020");
      const bad = run("--plan", "nope", "--year", "2020", "--out", out);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('--plan: unknown plan "nope"');
      const usage = run("--plan", "plan-2017-2020", "--year", "2020");
      expect(usage.status).toBe(1);
      expect(usage.stderr).toContain("--out FILE.docx is missing");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
