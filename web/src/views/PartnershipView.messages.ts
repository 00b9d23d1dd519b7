export const vi = {
  signedOn: "Ngày ký", status: "Hiệu lực", endedOn: "Đã kết thúc ngày", inForce: "Còn hiệu lực", sectors: "Lĩnh vực",
  domesticParties: "Bên Việt Nam", foreignParties: "Bên đối tác nước ngoài",
  activities: "Dòng thời gian hoạt động",
  projects: "Dự án", noProjects: "Chưa có dự án nào.", reviews: "Đánh giá hằng năm", noReviews: "Chưa có đánh giá nào.",
  notFound: (id: string) => `Không tìm thấy quan hệ đối tác “${id}”.`,
  columns: { year: "Năm", score: "Điểm", recommendation: "Kiến nghị", reviewer: "Đơn vị đánh giá", findings: "Nhận xét" },
  agreement: {
    title: "Thỏa thuận quốc tế", documentNumber: "Số văn bản", expiresOn: "Hết hạn", openEnded: "Không thời hạn",
    term: (n: string) => `thời hạn ${n} năm`, renewals: "Gia hạn", renewal: (on: string, until: string) => `ngày ${on}, đến ${until}`,
    reportedOn: "Báo cáo Trung ương", notReported: "Chưa báo cáo", commitments: "Cam kết",
    perYear: "Mỗi năm", wholeTerm: "Cả thời hạn", anyKind: "Mọi loại",
    columns: { description: "Cam kết", kind: "Chỉ tiêu", target: "Mức cam kết", perYear: "Tính theo", activityKinds: "Loại hoạt động" },
  },
};

export const en: typeof vi = {
  signedOn: "Signed on", status: "Status", endedOn: "Ended on", inForce: "In force", sectors: "Sectors",
  domesticParties: "Domestic parties", foreignParties: "Foreign parties",
  activities: "Timeline of activities",
  projects: "Projects", noProjects: "No project yet.", reviews: "Yearly reviews", noReviews: "No review yet.",
  notFound: (id: string) => `No partnership “${id}”.`,
  columns: { year: "Year", score: "Score", recommendation: "Recommendation", reviewer: "Reviewer", findings: "Findings" },
  agreement: {
    title: "International agreement", documentNumber: "Document number", expiresOn: "Expires on", openEnded: "Open-ended",
    term: (n: string) => `a term of ${n} ${n === "1" ? "year" : "years"}`, renewals: "Renewals", renewal: (on: string, until: string) => `on ${on}, until ${until}`,
    reportedOn: "Reported to the centre", notReported: "Not reported", commitments: "Commitments",
    perYear: "Each year", wholeTerm: "Whole term", anyKind: "Any kind",
    columns: { description: "Commitment", kind: "Measure", target: "Target", perYear: "Counted", activityKinds: "Activity kinds" },
  },
};
