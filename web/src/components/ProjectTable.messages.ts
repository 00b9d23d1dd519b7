export const vi = {
  title: "Dự án", role: "Vai trò", status: "Tình trạng", fundingType: "Nguồn vốn", period: "Thời gian", committed: "Cam kết", disbursed: "Đã giải ngân",
};

export const en: typeof vi = {
  title: "Project", role: "Role", status: "Status", fundingType: "Funding", period: "Period", committed: "Committed", disbursed: "Disbursed",
};
