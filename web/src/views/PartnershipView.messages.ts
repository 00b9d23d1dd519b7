export const vi = {
  signedOn: "Ngày ký", status: "Hiệu lực", endedOn: "Đã kết thúc ngày", inForce: "Còn hiệu lực", sectors: "Lĩnh vực",
  domesticParties: "Bên Việt Nam", foreignParties: "Bên đối tác nước ngoài",
  activities: "Dòng thời gian hoạt động",
  projects: "Dự án", noProjects: "Chưa có dự án nào.", reviews: "Đánh giá hằng năm", noReviews: "Chưa có đánh giá nào.",
  notFound: (id: string) => `Không tìm thấy quan hệ đối tác “${id}”.`,
  columns: { year: "Năm", score: "Điểm", recommendation: "Kiến nghị", reviewer: "Đơn vị đánh giá", findings: "Nhận xét" },
};

export const en: typeof vi = {
  signedOn: "Signed on", status: "Status", endedOn: "Ended on", inForce: "In force", sectors: "Sectors",
  domesticParties: "Domestic parties", foreignParties: "Foreign parties",
  activities: "Timeline of activities",
  projects: "Projects", noProjects: "No project yet.", reviews: "Yearly reviews", noReviews: "No review yet.",
  notFound: (id: string) => `No partnership “${id}”.`,
  columns: { year: "Year", score: "Score", recommendation: "Recommendation", reviewer: "Reviewer", findings: "Findings" },
};
