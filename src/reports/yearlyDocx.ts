/**
 * The yearly report as a Word document, in Vietnamese: the plan's title and number, the year, and
 * the sections the plan's reporting duty asks for. Numbers are written the Vietnamese way
 * (1.234.567,5), dates as 15/12/2020. Every figure comes from yearlyData (the API's answers);
 * this module only lays them out.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { enumLabel, type EnumName } from "../domain/labels";
import type { YearlyData } from "./yearlyData";

type Block = Paragraph | Table;

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
/** 1234567.5 → "1.234.567,5", as a Vietnamese reader writes it. */
export const formatNumber = (value: number) => number.format(value);
const n = formatNumber;
const usd = (value: number) => `${n(value)} USD`;
const date = (value: string | null | undefined) => (value ? value.split("-").reverse().join("/") : "—");
const money = (list: { amount: number; currency: string }[]) => list.map((m) => `${n(m.amount)} ${m.currency}`).join("; ");
const nameVi = (x: { name: string; nameVi?: string | null }) => x.nameVi ?? x.name;
const vi = (name: EnumName, value: string) => enumLabel(name, value, "vi");
const parties = (list: { name: string; nameVi?: string | null }[]) => list.map(nameVi).join(", ");

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph {
  // keepNext: a heading never ends a page apart from what it heads.
  return new Paragraph({ text, heading: level, keepNext: true, spacing: { before: 240, after: 120 } });
}

function para(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 80 } });
}

const none = (text: string) => para(text, { italics: true });
/** A remark under a table, set apart from it. */
const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })], spacing: { before: 80, after: 80 } });

/** Tables in 12 pt, a point under the text, as Vietnamese administrative reports set them. */
const TABLE_TEXT = 24;
/** The width of the text on an A4 page with the margins below, in twips. */
const TEXT_WIDTH = 11906 - 1701 - 1134;

/**
 * A table with a bold, repeated header row; `widths` in per cent of the text width, one per
 * column (names get room, counts little); numeric columns (by index) right-aligned.
 */
function table(header: string[], widths: number[], rows: (string | number)[][], numeric: number[] = []): Table {
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (value: string | number, i: number, bold = false) =>
    new TableCell({
      width: { size: twips[i], type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      children: [new Paragraph({ alignment: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: typeof value === "number" ? n(value) : value, bold, size: TABLE_TEXT })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i)) }))],
  });
}

function activitiesSection({ activities }: YearlyData): Block[] {
  if (activities.total === 0) return [none("Không có hoạt động nào trong năm.")];
  const of = (kind: string) => activities.byKind.find((k) => k.kind === kind)?.count ?? 0;
  // Most active first: the order a reader of the report looks for.
  const byCountry = [...activities.byCountry].sort((a, b) => b.total - a.total || nameVi(a.country).localeCompare(nameVi(b.country), "vi"));
  return [
    para(`Tổng số hoạt động: ${n(activities.total)}; đoàn vào: ${n(of("DELEGATION_IN"))}; đoàn ra: ${n(of("DELEGATION_OUT"))}.`, { bold: true }),
    heading("Theo loại hoạt động", HeadingLevel.HEADING_2),
    table(["Loại hoạt động", "Số hoạt động"], [70, 30], activities.byKind.map((k) => [vi("ActivityKind", k.kind), k.count]), [1]),
    heading("Theo quốc gia đối tác", HeadingLevel.HEADING_2),
    ...(activities.byCountry.length
      ? [
          table(["Quốc gia", "Số hoạt động", "Trong đó: đoàn vào", "Đoàn ra"], [40, 20, 20, 20], byCountry.map((row) => [
            nameVi(row.country), row.total, row.delegationsIn, row.delegationsOut,
          ]), [1, 2, 3]),
          note("Một hoạt động có đối tác của nhiều quốc gia được tính cho mỗi quốc gia đó."),
        ]
      : [none("Không có hoạt động nào với đối tác nước ngoài.")]),
  ];
}

type PartnershipRow = { id: string; title: string; kind: string; signedOn: string; endedOn: string | null; foreignParties: { name: string; nameVi: string | null }[] };

function partnershipsSection(data: YearlyData): Block[] {
  const list = (items: PartnershipRow[], dated: "signedOn" | "endedOn", empty: string) =>
    items.length === 0 ? [none(empty)] : [table(["Quan hệ", "Loại", "Đối tác nước ngoài", dated === "signedOn" ? "Ngày ký" : "Ngày kết thúc"], [38, 16, 28, 18], items.map((p) => [p.title, vi("PartnershipKind", p.kind), parties(p.foreignParties), date(p[dated])]))];
  return [
    heading("Quan hệ mới ký kết", HeadingLevel.HEADING_2),
    ...list(data.newPartnerships, "signedOn", "Không có quan hệ mới ký kết trong năm."),
    heading("Quan hệ đã kết thúc", HeadingLevel.HEADING_2),
    ...list(data.endedPartnerships, "endedOn", "Không có quan hệ kết thúc trong năm."),
  ];
}

function fundsSection({ funds }: YearlyData): Block[] {
  if (funds.byFundingType.length === 0) return [none("Không có vốn vận động trong năm.")];
  const unconverted = funds.unconvertedFunds.length ? `, chưa kể ${money(funds.unconvertedFunds)} chưa quy đổi được (chưa có tỷ giá)` : "";
  return [
    para(`Tổng vốn vận động: ${usd(funds.totalUsd)}${unconverted}.`, { bold: true }),
    table(["Nguồn vốn", "Quy đổi (USD)", "Chưa quy đổi"], [40, 25, 35], funds.byFundingType.map((t) => [
      t.fundingType ? vi("FundingType", t.fundingType) : "Kinh phí các hoạt động", t.usd, money(t.unconvertedFunds) || "—",
    ]), [1]),
  ];
}

function sisterSection({ sister }: YearlyData): Block[] {
  if (sister.length === 0) return [none("Không có quan hệ kết nghĩa còn hiệu lực trong năm.")];
  const dormant = sister.filter((s) => s.dormant);
  return [
    table(["Quan hệ kết nghĩa", "Hoạt động", "Vốn (USD)", "Hoạt động gần nhất", "Điểm", "Đánh giá gần nhất"], [27, 10, 14, 16, 8, 25], sister.map((s) => [
      s.partnership.title, s.activities, s.fundsMobilizedUsd, date(s.lastActivityOn), s.score,
      s.latestReview ? `${s.latestReview.year}: ${s.latestReview.score}/5, ${vi("Recommendation", s.latestReview.recommendation)}` : "Chưa đánh giá",
    ]), [1, 2, 4]),
    heading("Quan hệ ngưng hoạt động", HeadingLevel.HEADING_3),
    ...(dormant.length
      ? dormant.map((s) => para(`• ${s.partnership.title} (${parties(s.partnership.foreignParties)}) — hoạt động gần nhất: ${date(s.lastActivityOn)}`))
      : [none("Không có quan hệ kết nghĩa nào ngưng hoạt động.")]),
  ];
}

function prioritySection({ priorityWithout }: YearlyData): Block[] {
  return priorityWithout.length
    ? [para(priorityWithout.map((c) => `${nameVi(c)} (${c.code})`).join(", "))]
    : [none("Mọi quốc gia ưu tiên của kế hoạch đều đã có đối tác.")];
}

function projectsSection({ projects }: YearlyData): Block[] {
  if (!projects || projects.totalCount === 0) return [none("Đơn vị không thực hiện dự án nào.")];
  const more = projects.totalCount - projects.edges.length;
  return [
    table(["Dự án", "Nguồn vốn", "Tình trạng", "Bắt đầu", "Kết thúc", "Vốn cam kết"], [30, 14, 14, 13, 13, 16], projects.edges.map(({ node: p }) => [
      p.title, vi("FundingType", p.fundingType), vi("ProjectStatus", p.status), date(p.startOn), date(p.endOn), money([p.committed]),
    ])),
    ...(more > 0 ? [note(`Và ${n(more)} dự án khác.`)] : []),
  ];
}

function reportingSection({ reporting }: YearlyData): Block[] {
  if (reporting.length === 0) return [none("Không có đơn vị nào được giao nhiệm vụ.")];
  const tally = (["ON_TIME", "LATE", "MISSING"] as const).map((status) => `${vi("ReportStatus", status)}: ${n(reporting.filter((r) => r.status === status).length)}`);
  return [
    ...(reporting.length > 1 ? [para(`${tally.join("; ")}.`, { bold: true })] : []),
    table(["Đơn vị", "Tình trạng", "Ngày nộp", "Hạn nộp"], [46, 20, 17, 17], reporting.map((r) => [nameVi(r.unit), vi("ReportStatus", r.status), date(r.submittedOn), date(r.deadline)])),
  ];
}

function tasksSection({ tasks, unit }: YearlyData): Block[] {
  if (tasks.length === 0) return [none(unit ? "Đơn vị không được giao nhiệm vụ nào của kế hoạch." : "Kế hoạch không có nhiệm vụ nào.")];
  const title = (t: YearlyData["tasks"][number]) => t.task.titleVi ?? t.task.title;
  if (unit) {
    const did = (t: YearlyData["tasks"][number]) => t.assigneesWithActivity.some((a) => a.id === unit.id);
    return [
      table(["Nhiệm vụ", "Hoạt động (mọi đơn vị được giao)", "Đơn vị đã có hoạt động"], [52, 24, 24], tasks.map((t) => [title(t), t.activities, did(t) ? "Có" : "Chưa"]), [1]),
    ];
  }
  const idle = tasks.filter((t) => t.assigneesWithout.length > 0).length;
  return [
    para(`${n(tasks.length)} nhiệm vụ; ${n(idle)} nhiệm vụ còn đơn vị được giao chưa có hoạt động nào trong năm.`, { bold: true }),
    table(["Nhiệm vụ", "Hoạt động", "Đơn vị chưa có hoạt động"], [44, 14, 42], tasks.map((t) => [
      title(t), t.activities, t.assigneesWithout.length ? parties(t.assigneesWithout) : "—",
    ]), [1]),
    note("Hoạt động của một nhiệm vụ: các hoạt động trong năm ghi phục vụ nhiệm vụ đó; một đơn vị có hoạt động khi là đơn vị tổ chức."),
  ];
}

function agreementsSection({ agreements, agreementsToAct, question }: YearlyData): Block[] {
  if (agreements.length === 0) return [none("Không có thỏa thuận nào có thông tin văn bản, thời hạn, báo cáo hay cam kết trong năm.")];
  const count = (test: (a: YearlyData["agreements"][number]) => boolean) => n(agreements.filter(test).length);
  const unmet = agreements.reduce((sum, a) => sum + a.commitments.filter((c) => !c.met).length, 0);
  return [
    para(`${n(agreements.length)} thỏa thuận được theo dõi; sắp hết hiệu lực: ${count((a) => a.status === "EXPIRING")}; hết hiệu lực: ${count((a) => a.status === "EXPIRED")}; ` +
      `chưa báo cáo Trung ương: ${count((a) => a.reportStatus === "MISSING")}; báo cáo trễ: ${count((a) => a.reportStatus === "LATE")}; cam kết chưa đạt: ${n(unmet)}.`, { bold: true }),
    ...(agreementsToAct.length
      ? [
          heading("Thỏa thuận cần xử lý", HeadingLevel.HEADING_2),
          table(["Thỏa thuận", "Đối tác", "Hiệu lực đến", "Tình trạng", "Báo cáo Trung ương", "Cam kết chưa đạt"], [26, 18, 13, 14, 15, 14], agreementsToAct.map((a) => [
            a.partnership.titleVi ?? a.partnership.title, parties(a.partnership.foreignParties), date(a.expiresOn), vi("AgreementStatus", a.status),
            vi("ReportCompliance", a.reportStatus), a.commitments.filter((c) => !c.met).map((c) => c.description).join("; ") || "—",
          ])),
          note(`Tình trạng tính đến ngày 31/12/${question.year}; sắp hết hiệu lực: trong vòng 180 ngày; báo cáo đúng hạn: trong 15 ngày kể từ ngày ký.`),
        ]
      : [none("Không có thỏa thuận nào cần xử lý.")]),
  ];
}

function permitsSection({ permits, question }: YearlyData): Block[] {
  if (!permits || permits.length === 0) return [none("Không có tổ chức phi chính phủ nước ngoài nào có giấy phép hoặc hoạt động.")];
  const tally = (["VALID", "EXPIRING", "EXPIRED", "NONE"] as const).map((status) => `${vi("PermitStatus", status)}: ${n(permits.filter((p) => p.status === status).length)}`);
  const attention = permits.filter((p) => p.status !== "VALID" || p.uncoveredActivities.length + p.uncoveredProjects.length > 0);
  return [
    para(`${n(permits.length)} tổ chức; ${tally.join("; ")}.`, { bold: true }),
    ...(attention.length
      ? [
          table(["Tổ chức", "Giấy phép", "Hiệu lực đến", "Hoạt động không có giấy phép", "Dự án không có giấy phép"], [34, 18, 14, 17, 17], attention.map((p) => [
            nameVi(p.actor), vi("PermitStatus", p.status), date(p.validUntil), p.uncoveredActivities.length, p.uncoveredProjects.length,
          ]), [3, 4]),
          note(`Tính đến ngày 31/12/${question.year}; hoạt động và dự án không có giấy phép: diễn ra vào ngày tổ chức không có giấy phép nào còn hiệu lực.`),
        ]
      : [none("Mọi tổ chức đều có giấy phép còn hiệu lực và không hoạt động khi chưa có giấy phép.")]),
  ];
}

export async function yearlyDocx(data: YearlyData): Promise<Buffer> {
  const { plan, question, unit } = data;
  const sections: [string, Block[]][] = [
    ["Hoạt động đối ngoại", activitiesSection(data)],
    ["Quan hệ hợp tác", partnershipsSection(data)],
    ["Vận động nguồn vốn", fundsSection(data)],
    ["Đánh giá quan hệ kết nghĩa", sisterSection(data)],
    ["Quốc gia ưu tiên chưa có đối tác", prioritySection(data)],
    ["Thực hiện nhiệm vụ của kế hoạch", tasksSection(data)],
    ["Thỏa thuận hợp tác quốc tế", agreementsSection(data)],
    ...(unit ? [] : ([["Quản lý tổ chức phi chính phủ nước ngoài", permitsSection(data)]] as [string, Block[]][])),
    ...(unit ? ([["Dự án do đơn vị thực hiện", projectsSection(data)]] as [string, Block[]][]) : []),
    ["Tình hình báo cáo của các đơn vị", reportingSection(data)],
  ];
  const centred = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}, after = 60) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [new TextRun({ text, ...options })] });
  const doc = new Document({
    creator: "Partner network",
    title: `Báo cáo năm ${question.year}`,
    styles: {
      default: { document: { run: { font: "Times New Roman", size: 26 } } },
      paragraphStyles: [
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size: 28, color: "000000" } },
        { id: "Heading2", name: "Heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, italics: true, size: 26, color: "000000" } },
        { id: "Heading3", name: "Heading 3", basedOn: "Normal", next: "Normal", quickFormat: true, run: { italics: true, size: 26, color: "000000" } },
      ],
    },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
      children: [
        centred(`BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN NĂM ${question.year}`, { bold: true, size: 30 }),
        centred(`Thực hiện ${plan.titleVi ?? plan.title}`, { italics: true }),
        centred(`${plan.documentNumber ? `Số hiệu: ${plan.documentNumber} — ` : ""}Năm báo cáo: ${question.year} — ${unit ? `Đơn vị: ${nameVi(unit)}` : "Toàn tỉnh"}`, {}, 240),
        ...sections.flatMap(([title, blocks], i) => [heading(`${i + 1}. ${title}`), ...blocks]),
        note(`Hạn nộp báo cáo: ${date(data.reporting[0]?.deadline)}. Số liệu được tổng hợp từ cơ sở dữ liệu mạng lưới đối tác.`),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
