export const vi = {
  title: "Tình hình báo cáo hằng năm",
  subtitle: "Các đơn vị được giao nhiệm vụ trong kế hoạch và việc nộp báo cáo năm trước hạn.",
  year: "Năm",
  tableCaption: "Báo cáo của các đơn vị",
  columns: { unit: "Đơn vị", status: "Tình trạng", submittedOn: "Ngày nộp", deadline: "Hạn nộp", daysLeft: "Thời hạn còn lại" },
  deadline: (date: string) => `Hạn nộp: ${date}`,
  daysLeft: (n: string) => `còn ${n} ngày`,
  dueToday: "hạn nộp là hôm nay",
  overdue: (n: string) => `đã quá hạn ${n} ngày`,
  noPlan: "Chưa có kế hoạch nào: hãy nhập một kế hoạch để theo dõi báo cáo.",
  report: "Báo cáo năm (DOCX)",
};

export const en: typeof vi = {
  title: "Yearly reporting",
  subtitle: "The units assigned a task of the plan, and whether they reported before the deadline.",
  year: "Year",
  tableCaption: "Units' reports",
  columns: { unit: "Unit", status: "Status", submittedOn: "Submitted on", deadline: "Deadline", daysLeft: "Days left" },
  deadline: (date: string) => `Deadline: ${date}`,
  daysLeft: (n: string) => `${n} days left`,
  dueToday: "due today",
  overdue: (n: string) => `${n} days past`,
  noPlan: "No plan yet: import one to follow its reports.",
  report: "Yearly report (DOCX)",
};
