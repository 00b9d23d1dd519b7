export const vi = {
  title: "Hiệu quả quan hệ hợp tác",
  subtitle: "Mọi quan hệ còn hiệu lực trong giai đoạn: hoạt động, vốn vận động, đánh giá gần nhất, điểm và cảnh báo. Quan hệ ngưng hoạt động đứng đầu.",
  kind: "Loại quan hệ",
  country: "Quốc gia đối tác",
  tableCaption: "Hiệu quả từng quan hệ",
  cards: { count: "Quan hệ", dormant: "Ngưng hoạt động", average: "Điểm trung bình", unreviewed: "Chưa đánh giá" },
  columns: { partnership: "Quan hệ", kind: "Loại", score: "Điểm", flags: "Cảnh báo", activities: "Hoạt động", funds: "Vốn vận động", lastActivity: "Hoạt động gần nhất", daysSince: "Số ngày", review: "Đánh giá gần nhất" },
  unconverted: "chưa quy đổi",
  noReview: "Chưa có",
};

export const en: typeof vi = {
  title: "Partnership effectiveness",
  subtitle: "Every partnership in force during the period: activities, funds, latest review, score and flags. Dormant ones first.",
  kind: "Partnership kind",
  country: "Partner country",
  tableCaption: "Effectiveness of each partnership",
  cards: { count: "Partnerships", dormant: "Dormant", average: "Average score", unreviewed: "Unreviewed" },
  columns: { partnership: "Partnership", kind: "Kind", score: "Score", flags: "Flags", activities: "Activities", funds: "Funds mobilised", lastActivity: "Last activity", daysSince: "Days", review: "Latest review" },
  unconverted: "unconverted",
  noReview: "None",
};
