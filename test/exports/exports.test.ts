/**
 * The exported tables over HTTP on the demo dataset: each file holds the rows of the GraphQL answer
 * it is built from, every column, in the answer's order (CSV with a BOM, XLSX with typed cells),
 * with Vietnamese or English headers and words; bad parameters get HTTP 400 naming them.
 */
import { describe, expect, it } from "vitest";
import { enumLabel, type EnumName, type LabelLang } from "../../src/domain/labels";
import { demoServer, parseCsv, parseXlsx } from "./demoServer";

const service = demoServer();

type Expected = string | number | null;
const label = (name: EnumName, value: string | null | undefined, lang: LabelLang) => (value == null ? null : enumLabel(name, value, lang));
const yesNo = (value: boolean, lang: LabelLang) => (lang === "vi" ? (value ? "Có" : "Không") : value ? "Yes" : "No");
const money = (list: { amount: number; currency: string }[]) => list.map((m) => `${m.amount} ${m.currency}`).join("; ");
const nameIn = (x: { name: string; nameVi: string | null }, lang: LabelLang) => (lang === "vi" ? (x.nameVi ?? x.name) : x.name);

interface Case {
  path: string;
  fileName: string;
  query: string;
  rows(data: any): any[];
  headers: { vi: string[]; en: string[] };
  /** A row of the file as the GraphQL row says it should read. */
  expected(row: any, lang: LabelLang): Expected[];
  /** Columns (by index) that hold numbers, and dates, in the XLSX. */
  numbers: number[];
  dates: number[];
}

const CASES: Record<string, Case> = {
  coverage: {
    path: "/export/coverage.FORMAT?fromYear=2017&toYear=2020&planId=plan-2017-2020",
    fileName: "coverage-2017-2020",
    query: `{ partnerCoverage(period: {fromYear: 2017, toYear: 2020}, planId: "plan-2017-2020") { rows { country { code name nameVi region } priority status
      partners activePartners partnershipsInForce sisterLocalities activities projects fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn } } }`,
    rows: (data) => data.partnerCoverage.rows,
    headers: {
      vi: ["Mã quốc gia", "Quốc gia", "Khu vực", "Ưu tiên", "Tình trạng", "Số đối tác", "Đối tác hoạt động", "Quan hệ còn hiệu lực", "Địa phương kết nghĩa", "Hoạt động", "Dự án", "Vốn vận động (USD)", "Chưa quy đổi", "Hoạt động gần nhất"],
      en: ["Country code", "Country", "Region", "Priority", "Status", "Partners", "Active partners", "Partnerships in force", "Sister localities", "Activities", "Projects", "Funds mobilised (USD)", "Unconverted funds", "Last activity"],
    },
    expected: (r, lang) => [
      r.country.code, nameIn(r.country, lang), label("Region", r.country.region, lang), yesNo(r.priority, lang), label("CoverageStatus", r.status, lang),
      r.partners, r.activePartners, r.partnershipsInForce, r.sisterLocalities, r.activities, r.projects, r.fundsMobilizedUsd, money(r.unconvertedFunds), r.lastActivityOn,
    ],
    numbers: [5, 6, 7, 8, 9, 10, 11],
    dates: [13],
  },
  effectiveness: {
    path: "/export/effectiveness.FORMAT?fromYear=2017&toYear=2020",
    fileName: "effectiveness-2017-2020",
    query: `{ partnershipEffectiveness(period: {fromYear: 2017, toYear: 2020}) { partnership { id title kind } score flags dormant activities activitiesPerYear
      activityKinds projects projectsCompleted fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn daysSinceLastActivity latestReview { year score recommendation } } }`,
    rows: (data) => data.partnershipEffectiveness,
    headers: {
      vi: ["Mã quan hệ", "Tên quan hệ", "Loại", "Điểm", "Cảnh báo", "Ngưng hoạt động", "Hoạt động", "Hoạt động mỗi năm", "Số loại hoạt động", "Dự án", "Dự án hoàn thành", "Vốn vận động (USD)", "Chưa quy đổi", "Hoạt động gần nhất", "Số ngày từ hoạt động gần nhất", "Năm đánh giá gần nhất", "Điểm đánh giá", "Kiến nghị"],
      en: ["Partnership id", "Title", "Kind", "Score", "Flags", "Dormant", "Activities", "Activities per year", "Activity kinds", "Projects", "Projects completed", "Funds mobilised (USD)", "Unconverted funds", "Last activity", "Days since last activity", "Latest review year", "Latest review score", "Recommendation"],
    },
    expected: (r, lang) => [
      r.partnership.id, r.partnership.title, label("PartnershipKind", r.partnership.kind, lang), r.score, r.flags.map((f: string) => label("EffectivenessFlag", f, lang)).join(", "),
      yesNo(r.dormant, lang), r.activities, r.activitiesPerYear, r.activityKinds, r.projects, r.projectsCompleted, r.fundsMobilizedUsd, money(r.unconvertedFunds),
      r.lastActivityOn, r.daysSinceLastActivity, r.latestReview?.year ?? null, r.latestReview?.score ?? null, label("Recommendation", r.latestReview?.recommendation, lang),
    ],
    numbers: [3, 6, 7, 8, 9, 10, 11],
    dates: [13],
  },
  reporting: {
    path: "/export/reporting.FORMAT?planId=plan-2017-2020&year=2019",
    fileName: "reporting-plan-2017-2020-2019",
    query: `{ reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { id name nameVi } status submittedOn deadline } }`,
    rows: (data) => data.reportingStatus,
    headers: { vi: ["Mã đơn vị", "Đơn vị", "Tình trạng", "Ngày nộp", "Hạn nộp"], en: ["Unit id", "Unit", "Status", "Submitted on", "Deadline"] },
    expected: (r, lang) => [r.unit.id, nameIn(r.unit, lang), label("ReportStatus", r.status, lang), r.submittedOn, r.deadline],
    numbers: [],
    dates: [3, 4],
  },
  agreements: {
    path: "/export/agreements.FORMAT?fromYear=2017&toYear=2020",
    fileName: "agreements-2017-2020",
    query: `{ agreementReview(period: {fromYear: 2017, toYear: 2020}) { partnership { id title titleVi kind signedOn } expiresOn status reportStatus
      commitments { description expected actual met } } }`,
    rows: (data) => data.agreementReview,
    headers: {
      vi: ["Mã quan hệ", "Tên quan hệ", "Loại", "Ngày ký", "Ngày hết hạn", "Tình trạng thỏa thuận", "Báo cáo Trung ương", "Cam kết đạt", "Số cam kết", "Chi tiết cam kết (thực hiện/yêu cầu)"],
      en: ["Partnership id", "Title", "Kind", "Signed on", "Expires on", "Agreement status", "Report to the central authority", "Commitments met", "Commitments", "Commitment details (actual/expected)"],
    },
    expected: (r, lang) => [
      r.partnership.id, lang === "vi" ? (r.partnership.titleVi ?? r.partnership.title) : r.partnership.title, label("PartnershipKind", r.partnership.kind, lang),
      r.partnership.signedOn, r.expiresOn,
      label("AgreementStatus", r.status, lang), label("ReportCompliance", r.reportStatus, lang), r.commitments.filter((c: any) => c.met).length, r.commitments.length,
      r.commitments.map((c: any) => `${c.description}: ${c.actual}/${c.expected}`).join("; "),
    ],
    numbers: [7, 8],
    dates: [3, 4],
  },
  permits: {
    path: "/export/permits.FORMAT?asOf=2020-12-31",
    fileName: "permits-2020-12-31",
    query: `{ ngoPermits(asOf: "2020-12-31") { actor { id name nameVi } status validUntil uncoveredActivities { id } uncoveredProjects { id } } }`,
    rows: (data) => data.ngoPermits,
    headers: {
      vi: ["Mã tổ chức", "Tổ chức phi chính phủ", "Tình trạng giấy phép", "Hiệu lực đến", "Hoạt động không có giấy phép", "Dự án không có giấy phép", "Mã hoạt động", "Mã dự án"],
      en: ["NGO id", "NGO", "Permit status", "Valid until", "Activities without a permit", "Projects without a permit", "Activity ids", "Project ids"],
    },
    expected: (r, lang) => [
      r.actor.id, nameIn(r.actor, lang), label("PermitStatus", r.status, lang), r.validUntil, r.uncoveredActivities.length, r.uncoveredProjects.length,
      r.uncoveredActivities.map((a: any) => a.id).join("; "), r.uncoveredProjects.map((p: any) => p.id).join("; "),
    ],
    numbers: [4, 5],
    dates: [3],
  },
  "plan-progress": {
    path: "/export/plan-progress.FORMAT?planId=plan-2017-2020&year=2019",
    fileName: "plan-progress-plan-2017-2020-2019",
    query: `{ planProgress(planId: "plan-2017-2020", year: 2019) { task { id title titleVi } activities activitiesByKind { kind count }
      assigneesWithActivity { id name nameVi } assigneesWithout { id name nameVi } } }`,
    rows: (data) => data.planProgress,
    headers: {
      vi: ["Mã nhiệm vụ", "Nhiệm vụ", "Hoạt động", "Theo loại", "Đơn vị đã có hoạt động", "Số đơn vị chưa có hoạt động", "Đơn vị chưa có hoạt động"],
      en: ["Task id", "Task", "Activities", "By kind", "Assignees with activity", "Assignees without activity", "Assignees without activity (names)"],
    },
    expected: (r, lang) => [
      r.task.id, lang === "vi" ? (r.task.titleVi ?? r.task.title) : r.task.title, r.activities,
      r.activitiesByKind.map((k: any) => `${label("ActivityKind", k.kind, lang)}: ${k.count}`).join("; "),
      r.assigneesWithActivity.map((a: any) => nameIn(a, lang)).join("; "), r.assigneesWithout.length, r.assigneesWithout.map((a: any) => nameIn(a, lang)).join("; "),
    ],
    numbers: [2, 5],
    dates: [],
  },
};

/** An XLSX cell as the CSV writes it: a date as YYYY-MM-DD, an empty cell as "". */
const asText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? "" : value);
const csvText = (value: Expected) => (value === null ? "" : String(value));

describe.each(Object.entries(CASES))("the %s export", (name, c) => {
  it("as CSV: UTF-8 with a BOM, Vietnamese headers, every column of the GraphQL answer's rows in its order", async () => {
    const rows = c.rows(await service.graphql(c.query));
    expect(rows.length).toBeGreaterThan(0);
    const file = await service.download(c.path.replace("FORMAT", "csv"));
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/csv; charset=utf-8");
    expect(file.disposition).toBe(`attachment; filename="${c.fileName}.csv"`);
    const [header, ...cells] = parseCsv(file.body);
    expect(header).toEqual(c.headers.vi);
    expect(cells).toEqual(rows.map((r) => c.expected(r, "vi").map(csvText)));
  });

  it("as XLSX: the same rows, numbers as numbers, dates as dates; English with lang=en", async () => {
    const rows = c.rows(await service.graphql(c.query));
    const file = await service.download(`${c.path.replace("FORMAT", "xlsx")}&lang=en`);
    expect(file.status).toBe(200);
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(file.disposition).toBe(`attachment; filename="${c.fileName}.xlsx"`);
    const [header, ...cells] = await parseXlsx(file.body);
    expect(header).toEqual(c.headers.en);
    expect(cells.map((r) => r.map(asText))).toEqual(rows.map((r) => c.expected(r, "en").map((v) => v ?? "")));
    for (const row of cells) {
      for (const i of c.numbers) expect(typeof row[i], `${name} column ${header[i]}`).toBe("number");
      for (const i of c.dates) if (row[i] !== null) expect(row[i], `${name} column ${header[i]}`).toBeInstanceOf(Date);
    }
    if (c.dates.length) expect(cells.some((row) => row[c.dates[0]] instanceof Date)).toBe(true);
  });
});

describe("what the files say", () => {
  it("lists amounts without an exchange rate as text (the demo's Thai baht has none)", async () => {
    const [header, ...rows] = parseCsv((await service.download("/export/coverage.csv?fromYear=2018&toYear=2018")).body);
    const thailand = rows.find((r) => r[0] === "TH")!;
    expect(thailand[header.indexOf("Chưa quy đổi")]).toBe("408554 THB");
  });

  it("filters effectiveness by kind, with the kind in the file's name and the enum words in Vietnamese", async () => {
    const { partnershipEffectiveness } = await service.graphql(`{ partnershipEffectiveness(period: {fromYear: 2017, toYear: 2020}, kind: SISTER_LOCALITY) { partnership { id } } }`);
    const file = await service.download("/export/effectiveness.csv?fromYear=2017&toYear=2020&kind=SISTER_LOCALITY");
    expect(file.disposition).toBe('attachment; filename="effectiveness-2017-2020-sister_locality.csv"');
    const [, ...rows] = parseCsv(file.body);
    expect(rows.map((r) => r[0])).toEqual(partnershipEffectiveness.map((r: any) => r.partnership.id));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["Kết nghĩa"]));
  });

  it("takes the page's other filters, so the file holds the page's rows: coverage by partner kinds, effectiveness by country and domestic party", async () => {
    const { partnerCoverage, partnershipEffectiveness } = await service.graphql(`{
      partnerCoverage(period: {fromYear: 2017, toYear: 2020}, kinds: [NGO, LOCALITY]) { rows { country { code } partners } }
      partnershipEffectiveness(period: {fromYear: 2017, toYear: 2020}, country: "JP", domesticPartyId: "vn-kh") { partnership { id } }
    }`);
    const [header, ...coverage] = parseCsv((await service.download("/export/coverage.csv?fromYear=2017&toYear=2020&kinds=NGO,LOCALITY")).body);
    expect(coverage.map((r) => [r[0], Number(r[header.indexOf("Số đối tác")])])).toEqual(partnerCoverage.rows.map((r: any) => [r.country.code, r.partners]));
    const [, ...effectiveness] = parseCsv((await service.download("/export/effectiveness.csv?fromYear=2017&toYear=2020&country=JP&domesticPartyId=vn-kh")).body);
    expect(partnershipEffectiveness.length).toBeGreaterThan(0);
    expect(effectiveness.map((r) => r[0])).toEqual(partnershipEffectiveness.map((r: any) => r.partnership.id));
  });

  it("filters agreements by status and windows as the API does, and names every status in Vietnamese", async () => {
    const { agreementReview } = await service.graphql(`{ agreementReview(period: {fromYear: 2017, toYear: 2020}, status: [EXPIRED, EXPIRING], expiringWithinDays: 30, reportDueDays: 60) {
      partnership { id } status reportStatus } }`);
    expect(agreementReview.length).toBeGreaterThan(0);
    const [header, ...rows] = parseCsv((await service.download("/export/agreements.csv?fromYear=2017&toYear=2020&status=EXPIRED,EXPIRING&expiringWithinDays=30&reportDueDays=60")).body);
    expect(rows.map((r) => r[0])).toEqual(agreementReview.map((r: any) => r.partnership.id));
    expect(rows.map((r) => r[header.indexOf("Báo cáo Trung ương")])).toEqual(agreementReview.map((r: any) => enumLabel("ReportCompliance", r.reportStatus, "vi")));
    const all = parseCsv((await service.download("/export/agreements.csv?fromYear=2017&toYear=2020")).body).slice(1);
    expect(new Set(all.map((r) => r[5]))).toEqual(new Set(["Sắp hết hiệu lực", "Hết hiệu lực", "Còn hiệu lực"]));
  });

  it("writes NGOs' permit statuses for the day asked, the window changing EXPIRING to VALID", async () => {
    const [, ...rows] = parseCsv((await service.download("/export/permits.csv?asOf=2020-12-31")).body);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["Còn hiệu lực", "Sắp hết hạn", "Hết hạn", "Không có giấy phép"]));
    const { ngoPermits } = await service.graphql(`{ ngoPermits(asOf: "2020-12-31", expiringWithinDays: 30) { actor { id } status } }`);
    const [, ...narrow] = parseCsv((await service.download("/export/permits.csv?asOf=2020-12-31&expiringWithinDays=30")).body);
    expect(narrow.map((r) => [r[0], r[2]])).toEqual(ngoPermits.map((r: any) => [r.actor.id, enumLabel("PermitStatus", r.status, "vi")]));
  });

  it("writes the reporting status as Đúng hạn, Trễ hạn, Chưa báo cáo", async () => {
    const [, ...rows] = parseCsv((await service.download("/export/reporting.csv?planId=plan-2017-2020&year=2019")).body);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["Đúng hạn", "Trễ hạn", "Chưa báo cáo"]));
  });
});

describe("bad requests", () => {
  it.each([
    ["/export/coverage.csv?toYear=2020", "fromYear", "fromYear: is required"],
    ["/export/coverage.csv?fromYear=20x0&toYear=2020", "fromYear", 'fromYear: must be a whole year, got "20x0"'],
    ["/export/coverage.xlsx?fromYear=2017&toYear=3000", "toYear", "toYear: must be a year between 1900 and 2200, got 3000"],
    ["/export/coverage.csv?fromYear=2020&toYear=2017", "toYear", "toYear: must not be before fromYear (2020), got 2017"],
    ["/export/coverage.xlsx?fromYear=2017&toYear=2020&planId=nope", "planId", 'planId: unknown plan "nope"'],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&planId=a%20b", "planId", "planId: is not an id"],
    ["/export/effectiveness.csv?fromYear=2017&toYear=2020&kind=X", "kind", 'kind: unknown partnership kind "X"'],
    ["/export/effectiveness.csv?fromYear=2017&toYear=2020&country=Japan", "country", 'country: must be a country code of two capital letters such as JP, got "Japan"'],
    ["/export/effectiveness.csv?fromYear=2017&toYear=2020&domesticPartyId=a%20b", "domesticPartyId", "domesticPartyId: is not an id"],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&kinds=NGO,ROBOT", "kinds", 'kinds: unknown actor kind "ROBOT"'],
    ["/export/reporting.csv?planId=plan-2017-2020", "year", "year: is required"],
    ["/export/reporting.xlsx?year=2019", "planId", "planId: is required"],
    ["/export/reporting.csv?planId=plan-2017-2020&year=2030", "year", "2030"],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&limit=5", "limit", "limit: unknown parameter"],
    ["/export/coverage.csv?fromYear=2017&toYear=2020&lang=fr", "lang", 'lang: must be vi or en, got "fr"'],
    ["/export/agreements.csv?fromYear=2017", "toYear", "toYear: is required"],
    ["/export/agreements.csv?fromYear=2017&toYear=2020&status=EXPIRED,SOON", "status", 'status: unknown agreement status "SOON"'],
    ["/export/agreements.xlsx?fromYear=2017&toYear=2020&expiringWithinDays=-1", "expiringWithinDays", 'expiringWithinDays: must be a whole number of days from 0 to 36500, got "-1"'],
    ["/export/agreements.csv?fromYear=2017&toYear=2020&reportDueDays=a", "reportDueDays", "reportDueDays: must be a whole number of days"],
    ["/export/permits.csv", "asOf", "asOf: is required"],
    ["/export/permits.csv?asOf=2020-02-30", "asOf", 'asOf: must be a day written YYYY-MM-DD, got "2020-02-30"'],
    ["/export/permits.xlsx?asOf=2020-12-31&expiringWithinDays=99999", "expiringWithinDays", "expiringWithinDays: must be a whole number of days"],
    ["/export/plan-progress.csv?planId=plan-2017-2020", "year", "year: is required"],
    ["/export/plan-progress.csv?planId=nope&year=2019", "planId", 'planId: unknown plan "nope"'],
  ])("%s answers 400 naming %s", async (pathname, parameter, message) => {
    const response = await service.fetch(pathname);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body: any = await response.json();
    expect(body.errors[0].message).toContain(message);
    expect(body.errors[0].extensions).toEqual({ code: "BAD_REQUEST", parameter });
  });

  it("answers 404 for a table or a format that does not exist", async () => {
    expect((await service.fetch("/export/partners.csv?fromYear=2017&toYear=2020")).status).toBe(404);
    expect((await service.fetch("/export/coverage.pdf?fromYear=2017&toYear=2020")).status).toBe(404);
  });

  it("refuses a token the service does not accept, as /graphql does (401)", async () => {
    const response = await service.fetch("/export/coverage.csv?fromYear=2017&toYear=2020", { headers: { authorization: "Bearer not-a-token" } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
