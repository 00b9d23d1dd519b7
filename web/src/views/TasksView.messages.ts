export const vi = {
  title: "Tiến độ thực hiện nhiệm vụ của kế hoạch",
  subtitle: "Với mỗi nhiệm vụ: các hoạt động phục vụ nhiệm vụ trong năm, theo loại, và đơn vị được giao nào đã hoặc chưa tổ chức hoạt động nào.",
  year: "Năm",
  tableCaption: (year: string, n: string) => `Nhiệm vụ của kế hoạch, năm ${year} (${n} nhiệm vụ)`,
  noPlan: "Chưa có kế hoạch nào: hãy nhập một kế hoạch để theo dõi tiến độ.",
  noRows: "Kế hoạch chưa có nhiệm vụ nào.",
  columns: { task: "Nhiệm vụ", activities: "Hoạt động", byKind: "Theo loại", withActivity: "Đơn vị đã có hoạt động", without: "Đơn vị chưa có hoạt động" },
  cards: { tasks: "Nhiệm vụ", idle: "Nhiệm vụ chưa có hoạt động", activities: "Hoạt động trong năm", without: "Đơn vị được giao chưa có hoạt động" },
  none: "Không có",
};

export const en: typeof vi = {
  title: "Progress of the plan's tasks",
  subtitle: "For each task: the activities serving it in the year, by kind, and which of its assigned units organised one or none.",
  year: "Year",
  tableCaption: (year: string, n: string) => `The plan's tasks in ${year} (${n} ${n === "1" ? "task" : "tasks"})`,
  noPlan: "No plan yet: import one to follow its tasks.",
  noRows: "The plan has no task.",
  columns: { task: "Task", activities: "Activities", byKind: "By kind", withActivity: "Units with activity", without: "Units without activity" },
  cards: { tasks: "Tasks", idle: "Tasks without activity", activities: "Activities in the year", without: "Assigned units without activity" },
  none: "None",
};
