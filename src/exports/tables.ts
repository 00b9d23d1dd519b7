/**
 * The exported tables. Each names the GraphQL question it asks (the same the web app asks),
 * checks its URL parameters, and lists its columns: a header in Vietnamese and English, a cell
 * type, and the cell's value from one row of the answer. The CSV and XLSX writers (write.ts) take
 * these definitions as they are: one table, two formats.
 */
import { AGREEMENT_STATUSES } from "../domain/agreements";
import { ACTOR_KINDS, PARTNERSHIP_KINDS } from "../domain/enums";
import { enumLabel, type EnumName, type LabelLang } from "../domain/labels";
import { moneyList, yesNo } from "./labels";
import { countryParam, dateParam, daysParam, enumListParam, enumParam, idParam, periodParams, yearParam } from "./params";

/** How a cell is written: text, a whole number, a year (no grouping), a number with decimals, US dollars (two decimals), a day. */
export type CellType = "text" | "integer" | "year" | "decimal" | "usd" | "date";
export type Cell = string | number | null;

export interface Column {
  vi: string;
  en: string;
  type: CellType;
  value(row: any, lang: LabelLang): Cell;
}

export interface ExportTable {
  /** The file's base name (`coverage` → coverage-2017-2020.csv). */
  name: string;
  /** The URL parameters this table takes; any other is refused. */
  parameters: readonly string[];
  /** The GraphQL variables of the parameters; throws HTTP 400 naming the one at fault (params.ts). */
  variables(params: URLSearchParams): Record<string, unknown>;
  /** The file name's suffix from the variables (`2017-2020`). */
  suffix(variables: Record<string, any>): string;
  query: string;
  /** The answer's rows, in the answer's order. */
  rows(data: any): any[];
  columns: Column[];
}

const label = (name: EnumName) => (value: string | null | undefined, lang: LabelLang) => (value == null ? null : enumLabel(name, value, lang));
const col = (vi: string, en: string, type: CellType, value: (row: any, lang: LabelLang) => Cell): Column => ({ vi, en, type, value });
/** A name in the file's language: the Vietnamese one when there is one and the file is Vietnamese. */
const nameIn = (x: { name: string; nameVi?: string | null }, lang: LabelLang) => (lang === "vi" ? x.nameVi ?? x.name : x.name);

export const COVERAGE: ExportTable = {
  name: "coverage",
  parameters: ["fromYear", "toYear", "planId", "kinds", "lang"],
  variables: (p) => ({ period: periodParams(p), planId: idParam(p, "planId", false), kinds: enumListParam(p, "kinds", ACTOR_KINDS, "actor kind") }),
  suffix: (v) => `${v.period.fromYear}-${v.period.toYear}`,
  query: `query CoverageExport($period: PeriodInput!, $planId: ID, $kinds: [ActorKind!]) { partnerCoverage(period: $period, planId: $planId, kinds: $kinds) {
    rows { country { code name nameVi region } priority status partners activePartners partnershipsInForce sisterLocalities
           activities projects fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn } } }`,
  rows: (data) => data.partnerCoverage.rows,
  columns: [
    col("Mã quốc gia", "Country code", "text", (r) => r.country.code),
    col("Quốc gia", "Country", "text", (r, lang) => nameIn(r.country, lang)),
    col("Khu vực", "Region", "text", (r, lang) => label("Region")(r.country.region, lang)),
    col("Ưu tiên", "Priority", "text", (r, lang) => yesNo(r.priority, lang)),
    col("Tình trạng", "Status", "text", (r, lang) => label("CoverageStatus")(r.status, lang)),
    col("Số đối tác", "Partners", "integer", (r) => r.partners),
    col("Đối tác hoạt động", "Active partners", "integer", (r) => r.activePartners),
    col("Quan hệ còn hiệu lực", "Partnerships in force", "integer", (r) => r.partnershipsInForce),
    col("Địa phương kết nghĩa", "Sister localities", "integer", (r) => r.sisterLocalities),
    col("Hoạt động", "Activities", "integer", (r) => r.activities),
    col("Dự án", "Projects", "integer", (r) => r.projects),
    col("Vốn vận động (USD)", "Funds mobilised (USD)", "usd", (r) => r.fundsMobilizedUsd),
    col("Chưa quy đổi", "Unconverted funds", "text", (r) => moneyList(r.unconvertedFunds)),
    col("Hoạt động gần nhất", "Last activity", "date", (r) => r.lastActivityOn),
  ],
};

export const EFFECTIVENESS: ExportTable = {
  name: "effectiveness",
  parameters: ["fromYear", "toYear", "kind", "country", "domesticPartyId", "lang"],
  variables: (p) => ({
    period: periodParams(p), kind: enumParam(p, "kind", PARTNERSHIP_KINDS, "partnership kind"),
    country: countryParam(p, "country"), domesticPartyId: idParam(p, "domesticPartyId", false),
  }),
  suffix: (v) => `${v.period.fromYear}-${v.period.toYear}${v.kind ? `-${v.kind.toLowerCase()}` : ""}`,
  query: `query EffectivenessExport($period: PeriodInput!, $kind: PartnershipKind, $country: String, $domesticPartyId: ID) {
    partnershipEffectiveness(period: $period, kind: $kind, country: $country, domesticPartyId: $domesticPartyId) {
    partnership { id title kind } score flags dormant activities activitiesPerYear activityKinds projects projectsCompleted
    fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn daysSinceLastActivity
    latestReview { year score recommendation } } }`,
  rows: (data) => data.partnershipEffectiveness,
  columns: [
    col("Mã quan hệ", "Partnership id", "text", (r) => r.partnership.id),
    col("Tên quan hệ", "Title", "text", (r) => r.partnership.title),
    col("Loại", "Kind", "text", (r, lang) => label("PartnershipKind")(r.partnership.kind, lang)),
    col("Điểm", "Score", "decimal", (r) => r.score),
    col("Cảnh báo", "Flags", "text", (r, lang) => r.flags.map((f: string) => enumLabel("EffectivenessFlag", f, lang)).join(", ")),
    col("Ngưng hoạt động", "Dormant", "text", (r, lang) => yesNo(r.dormant, lang)),
    col("Hoạt động", "Activities", "integer", (r) => r.activities),
    col("Hoạt động mỗi năm", "Activities per year", "decimal", (r) => r.activitiesPerYear),
    col("Số loại hoạt động", "Activity kinds", "integer", (r) => r.activityKinds),
    col("Dự án", "Projects", "integer", (r) => r.projects),
    col("Dự án hoàn thành", "Projects completed", "integer", (r) => r.projectsCompleted),
    col("Vốn vận động (USD)", "Funds mobilised (USD)", "usd", (r) => r.fundsMobilizedUsd),
    col("Chưa quy đổi", "Unconverted funds", "text", (r) => moneyList(r.unconvertedFunds)),
    col("Hoạt động gần nhất", "Last activity", "date", (r) => r.lastActivityOn),
    col("Số ngày từ hoạt động gần nhất", "Days since last activity", "integer", (r) => r.daysSinceLastActivity),
    col("Năm đánh giá gần nhất", "Latest review year", "year", (r) => r.latestReview?.year ?? null),
    col("Điểm đánh giá", "Latest review score", "integer", (r) => r.latestReview?.score ?? null),
    col("Kiến nghị", "Recommendation", "text", (r, lang) => label("Recommendation")(r.latestReview?.recommendation, lang)),
  ],
};

export const REPORTING: ExportTable = {
  name: "reporting",
  parameters: ["planId", "year", "lang"],
  variables: (p) => ({ planId: idParam(p, "planId", true), year: yearParam(p, "year") }),
  suffix: (v) => `${v.planId}-${v.year}`,
  query: `query ReportingExport($planId: ID!, $year: Int!) { reportingStatus(planId: $planId, year: $year) {
    unit { id name nameVi } status submittedOn deadline } }`,
  rows: (data) => data.reportingStatus,
  columns: [
    col("Mã đơn vị", "Unit id", "text", (r) => r.unit.id),
    col("Đơn vị", "Unit", "text", (r, lang) => nameIn(r.unit, lang)),
    col("Tình trạng", "Status", "text", (r, lang) => label("ReportStatus")(r.status, lang)),
    col("Ngày nộp", "Submitted on", "date", (r) => r.submittedOn),
    col("Hạn nộp", "Deadline", "date", (r) => r.deadline),
  ],
};

/** `{ a: 1, b: null }` → `{ a: 1 }`: a variable left out takes the question's default. */
const given = (variables: Record<string, unknown>) => Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== null));
/** Names in the file's language, one cell: "Sở Ngoại vụ; Sở Tài chính". */
const names = (actors: { name: string; nameVi?: string | null }[], lang: LabelLang) => actors.map((a) => nameIn(a, lang)).join("; ");

export const AGREEMENTS: ExportTable = {
  name: "agreements",
  parameters: ["fromYear", "toYear", "status", "expiringWithinDays", "reportDueDays", "lang"],
  variables: (p) => given({
    period: periodParams(p),
    status: enumListParam(p, "status", AGREEMENT_STATUSES, "agreement status"),
    expiringWithinDays: daysParam(p, "expiringWithinDays"),
    reportDueDays: daysParam(p, "reportDueDays"),
  }),
  suffix: (v) => `${v.period.fromYear}-${v.period.toYear}`,
  query: `query AgreementsExport($period: PeriodInput!, $status: [AgreementStatus!], $expiringWithinDays: Int! = 180, $reportDueDays: Int! = 15) {
    agreementReview(period: $period, status: $status, expiringWithinDays: $expiringWithinDays, reportDueDays: $reportDueDays) {
      partnership { id title titleVi kind signedOn } expiresOn status reportStatus commitments { id description kind expected actual ratio met } } }`,
  rows: (data) => data.agreementReview,
  columns: [
    col("Mã quan hệ", "Partnership id", "text", (r) => r.partnership.id),
    col("Tên quan hệ", "Title", "text", (r, lang) => (lang === "vi" ? r.partnership.titleVi ?? r.partnership.title : r.partnership.title)),
    col("Loại", "Kind", "text", (r, lang) => label("PartnershipKind")(r.partnership.kind, lang)),
    col("Ngày ký", "Signed on", "date", (r) => r.partnership.signedOn),
    col("Ngày hết hạn", "Expires on", "date", (r) => r.expiresOn),
    col("Tình trạng thỏa thuận", "Agreement status", "text", (r, lang) => label("AgreementStatus")(r.status, lang)),
    col("Báo cáo Trung ương", "Report to the central authority", "text", (r, lang) => label("ReportCompliance")(r.reportStatus, lang)),
    col("Cam kết đạt", "Commitments met", "integer", (r) => r.commitments.filter((c: any) => c.met).length),
    col("Số cam kết", "Commitments", "integer", (r) => r.commitments.length),
    // Plain numbers, as the amounts are written: a spreadsheet may reread them.
    col("Chi tiết cam kết (thực hiện/yêu cầu)", "Commitment details (actual/expected)", "text",
      (r) => r.commitments.map((c: any) => `${c.description}: ${c.actual}/${c.expected}`).join("; ")),
  ],
};

export const PERMITS: ExportTable = {
  name: "permits",
  parameters: ["asOf", "expiringWithinDays", "lang"],
  variables: (p) => given({ asOf: dateParam(p, "asOf"), expiringWithinDays: daysParam(p, "expiringWithinDays") }),
  suffix: (v) => v.asOf,
  query: `query PermitsExport($asOf: String!, $expiringWithinDays: Int! = 90) { ngoPermits(asOf: $asOf, expiringWithinDays: $expiringWithinDays) {
    actor { id name nameVi } status validUntil uncoveredActivities { id } uncoveredProjects { id } } }`,
  rows: (data) => data.ngoPermits,
  columns: [
    col("Mã tổ chức", "NGO id", "text", (r) => r.actor.id),
    col("Tổ chức phi chính phủ", "NGO", "text", (r, lang) => nameIn(r.actor, lang)),
    col("Tình trạng giấy phép", "Permit status", "text", (r, lang) => label("PermitStatus")(r.status, lang)),
    col("Hiệu lực đến", "Valid until", "date", (r) => r.validUntil),
    col("Hoạt động không có giấy phép", "Activities without a permit", "integer", (r) => r.uncoveredActivities.length),
    col("Dự án không có giấy phép", "Projects without a permit", "integer", (r) => r.uncoveredProjects.length),
    col("Mã hoạt động", "Activity ids", "text", (r) => r.uncoveredActivities.map((a: any) => a.id).join("; ")),
    col("Mã dự án", "Project ids", "text", (r) => r.uncoveredProjects.map((a: any) => a.id).join("; ")),
  ],
};

export const PLAN_PROGRESS: ExportTable = {
  name: "plan-progress",
  parameters: ["planId", "year", "lang"],
  variables: (p) => ({ planId: idParam(p, "planId", true), year: yearParam(p, "year") }),
  suffix: (v) => `${v.planId}-${v.year}`,
  query: `query PlanProgressExport($planId: ID!, $year: Int!) { planProgress(planId: $planId, year: $year) {
    task { id title titleVi } activities activitiesByKind { kind count } assigneesWithActivity { id name nameVi } assigneesWithout { id name nameVi } } }`,
  rows: (data) => data.planProgress,
  columns: [
    col("Mã nhiệm vụ", "Task id", "text", (r) => r.task.id),
    col("Nhiệm vụ", "Task", "text", (r, lang) => (lang === "vi" ? r.task.titleVi ?? r.task.title : r.task.title)),
    col("Hoạt động", "Activities", "integer", (r) => r.activities),
    col("Theo loại", "By kind", "text", (r, lang) => r.activitiesByKind.map((k: any) => `${enumLabel("ActivityKind", k.kind, lang)}: ${k.count}`).join("; ")),
    col("Đơn vị đã có hoạt động", "Assignees with activity", "text", (r, lang) => names(r.assigneesWithActivity, lang)),
    col("Số đơn vị chưa có hoạt động", "Assignees without activity", "integer", (r) => r.assigneesWithout.length),
    col("Đơn vị chưa có hoạt động", "Assignees without activity (names)", "text", (r, lang) => names(r.assigneesWithout, lang)),
  ],
};

export const EXPORT_TABLES: readonly ExportTable[] = [COVERAGE, EFFECTIVENESS, REPORTING, AGREEMENTS, PERMITS, PLAN_PROGRESS];
