/**
 * The yearly report as a Word document, in Vietnamese: the plan's title and number, the year, and
 * the sections the plan's reporting duty asks for. Numbers are written the Vietnamese way
 * (1.234.567), dates as 15/12/2020. Every figure comes from yearlyData (the API's answers).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { enumLabel } from "../domain/labels";
import type { YearlyData } from "./yearlyData";

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const n = (value: number) => number.format(value);
const usd = (value: number) => `${n(value)} USD`;
const date = (value: string | null | undefined) => (value ? value.split("-").reverse().join("/") : "—");
const money = (list: { amount: number; currency: string }[]) => list.map((m) => `${n(m.amount)} ${m.currency}`).join("; ");
const nameVi = (x: { name: string; nameVi?: string | null }) => x.nameVi ?? x.name;

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
}

function para(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 80 } });
}

/** A table with a bold header row; numeric columns (given by index) right-aligned. */
function table(header: string[], rows: (string | number)[][], numeric: number[] = []): Table {
  const cell = (value: string | number, i: number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: typeof value === "number" ? n(value) : value, bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i)) }))],
  });
}

function activitiesSection(data: YearlyData): (Paragraph | Table)[] {
  const totals = data.activityTotals;
  if (totals.length === 0) return [para("Không có hoạt động nào trong năm.", { italics: true })];
  const of = (kind: string) => totals.find((t) => t.kind === kind)?.count ?? 0;
  return [
    para(`Tổng số hoạt động: ${n(totals.reduce((sum, t) => sum + t.count, 0))}; đoàn vào: ${n(of("DELEGATION_IN"))}; đoàn ra: ${n(of("DELEGATION_OUT"))}.`, { bold: true }),
    heading("1.1. Theo loại hoạt động", HeadingLevel.HEADING_2),
    table(["Loại hoạt động", "Số hoạt động"], totals.map((t) => [enumLabel("ActivityKind", t.kind, "vi"), t.count]), [1]),
    heading("1.2. Theo loại hoạt động và quốc gia", HeadingLevel.HEADING_2),
    para("Một hoạt động có đối tác của hai quốc gia được tính cho cả hai quốc gia.", { italics: true }),
    table(["Loại hoạt động", "Quốc gia", "Số hoạt động"], data.activityCounts.map((c) => [enumLabel("ActivityKind", c.kind, "vi"), c.country ? nameVi(c.country) : "Không có đối tác nước ngoài", c.activities]), [2]),
  ];
}

function partnershipsSection(data: YearlyData): (Paragraph | Table)[] {
  const list = (items: { id: string; title: string; kind: string; signedOn: string; endedOn: string | null }[], dateOf: (p: any) => string | null, empty: string) =>
    items.length === 0 ? [para(empty, { italics: true })] : [table(["Mã", "Quan hệ", "Loại", "Ngày"], items.map((p) => [p.id, p.title, enumLabel("PartnershipKind", p.kind, "vi"), date(dateOf(p))]))];
  return [
    heading("2.1. Quan hệ mới ký kết", HeadingLevel.HEADING_2),
    ...list(data.newPartnerships, (p) => p.signedOn, "Không có quan hệ mới ký kết trong năm."),
    heading("2.2. Quan hệ đã kết thúc", HeadingLevel.HEADING_2),
    ...list(data.endedPartnerships, (p) => p.endedOn, "Không có quan hệ kết thúc trong năm."),
  ];
}

function fundsSection(data: YearlyData): (Paragraph | Table)[] {
  const f = data.funds;
  const rows = f.byFundingType.map((t) => [t.fundingType ? enumLabel("FundingType", t.fundingType, "vi") : "Kinh phí các hoạt động", usd(t.usd), money(t.unconvertedFunds) || "—"]);
  return [
    para(`Tổng vốn vận động: ${usd(f.totalUsd)}${f.unconvertedFunds.length ? `, chưa kể ${money(f.unconvertedFunds)} chưa quy đổi (không có tỷ giá)` : ""}.`, { bold: true }),
    rows.length ? table(["Nguồn vốn", "Quy đổi (USD)", "Chưa quy đổi"], rows, [1]) : para("Không có vốn vận động trong năm.", { italics: true }),
  ];
}

function sisterSection(data: YearlyData): (Paragraph | Table)[] {
  if (data.sister.length === 0) return [para("Không có quan hệ kết nghĩa còn hiệu lực trong năm.", { italics: true })];
  const dormant = data.sister.filter((s) => s.dormant);
  return [
    table(["Quan hệ kết nghĩa", "Hoạt động", "Vốn (USD)", "Hoạt động gần nhất", "Điểm", "Đánh giá gần nhất"], data.sister.map((s) => [
      s.partnership.title, s.activities, n(s.fundsMobilizedUsd), date(s.lastActivityOn), n(s.score),
      s.latestReview ? `${s.latestReview.year}: ${s.latestReview.score}/5, ${enumLabel("Recommendation", s.latestReview.recommendation, "vi")}` : "Chưa đánh giá",
    ]), [1, 2, 4]),
    heading("Quan hệ ngưng hoạt động", HeadingLevel.HEADING_3),
    ...(dormant.length
      ? dormant.map((s) => para(`• ${s.partnership.title} — hoạt động gần nhất: ${date(s.lastActivityOn)}`))
      : [para("Không có quan hệ kết nghĩa nào ngưng hoạt động.", { italics: true })]),
  ];
}

function reportingSection(data: YearlyData): (Paragraph | Table)[] {
  if (data.reporting.length === 0) return [para("Không có đơn vị nào được giao nhiệm vụ.", { italics: true })];
  return [table(["Đơn vị", "Tình trạng", "Ngày nộp", "Hạn nộp"], data.reporting.map((r) => [nameVi(r.unit), enumLabel("ReportStatus", r.status, "vi"), date(r.submittedOn), date(r.deadline)]))];
}

export async function yearlyDocx(data: YearlyData): Promise<Buffer> {
  const { plan, question, unit } = data;
  const scope = unit ? `Đơn vị: ${nameVi(unit)}` : "Toàn tỉnh";
  const doc = new Document({
    creator: "Partner network",
    title: `Báo cáo năm ${question.year}`,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN NĂM ${question.year}`, bold: true, size: 30 })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Thực hiện ${plan.titleVi ?? plan.title}`, italics: true })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `Số hiệu kế hoạch: ${plan.documentNumber ?? plan.id} — Năm báo cáo: ${question.year} — ${scope}` })], spacing: { after: 240 } }),
        heading("1. Hoạt động đối ngoại"),
        ...activitiesSection(data),
        heading("2. Quan hệ hợp tác"),
        ...partnershipsSection(data),
        heading("3. Vận động nguồn vốn"),
        ...fundsSection(data),
        heading("4. Đánh giá quan hệ kết nghĩa"),
        ...sisterSection(data),
        heading("5. Quốc gia ưu tiên chưa có đối tác"),
        data.priorityWithout.length
          ? para(data.priorityWithout.map((c: any) => `${nameVi(c)} (${c.code})`).join(", "))
          : para("Mọi quốc gia ưu tiên của kế hoạch đều đã có đối tác.", { italics: true }),
        heading("6. Tình hình báo cáo của các đơn vị"),
        ...reportingSection(data),
        para(`Hạn nộp báo cáo: ${date(data.reporting[0]?.deadline)}. Số liệu được tổng hợp từ cơ sở dữ liệu mạng lưới đối tác.`, { italics: true }),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
