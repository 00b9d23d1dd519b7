export const vi = {
  empty: "Chưa có hoạt động nào.",
  more: "Xem thêm hoạt động",
  shown: (shown: string, total: string) => `Đang hiện ${shown} / ${total} hoạt động`,
  under: "Thuộc quan hệ",
  until: "đến",
};

export const en: typeof vi = {
  empty: "No activity yet.",
  more: "Show more activities",
  shown: (shown: string, total: string) => `Showing ${shown} of ${total} activities`,
  under: "Under",
  until: "to",
};
