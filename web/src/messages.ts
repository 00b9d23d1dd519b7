/**
 * Every word the app shows, in Vietnamese (the default) and English. Enum values are labelled in
 * src/domain/labels.ts, shared with the exported files. A view adds its own strings here: the type
 * below makes a string missing in one language a compile error.
 */
export const vi = {
  appName: "Mạng lưới đối tác nước ngoài",
  skipToContent: "Bỏ qua đến nội dung",
  mainNav: "Điều hướng chính",
  nav: { coverage: "Độ phủ theo quốc gia", effectiveness: "Hiệu quả quan hệ", reporting: "Tình hình báo cáo", tasks: "Nhiệm vụ", agreements: "Thỏa thuận", permits: "Giấy phép PCPNN", graphiql: "GraphiQL" },
  language: { label: "Ngôn ngữ", switchTo: "English" },
  search: { label: "Tìm đối tác, cơ quan", placeholder: "Tìm kiếm (vd: khanh hoa)", results: "Kết quả tìm kiếm", none: "Không tìm thấy kết quả nào." },
  states: { loading: "Đang tải…", empty: "Không có dữ liệu.", error: "Không tải được dữ liệu", retry: "Thử lại", notFound: "Không tìm thấy." },
  exports: { csv: "Tải CSV", xlsx: "Tải Excel" },
  period: { fromYear: "Từ năm", toYear: "Đến năm", apply: "Xem" },
  plan: { label: "Kế hoạch", none: "(không chọn)" },
  all: "Tất cả",
  removeFilter: "Bỏ lọc",
};

export type Messages = typeof vi;

export const en: Messages = {
  appName: "Foreign partner network",
  skipToContent: "Skip to content",
  mainNav: "Main navigation",
  nav: { coverage: "Coverage by country", effectiveness: "Partnership effectiveness", reporting: "Reporting", tasks: "Tasks", agreements: "Agreements", permits: "NGO permits", graphiql: "GraphiQL" },
  language: { label: "Language", switchTo: "Tiếng Việt" },
  search: { label: "Search partners and agencies", placeholder: "Search (e.g. khanh hoa)", results: "Search results", none: "Nothing found." },
  states: { loading: "Loading…", empty: "No data.", error: "Could not load the data", retry: "Try again", notFound: "Not found." },
  exports: { csv: "Download CSV", xlsx: "Download Excel" },
  period: { fromYear: "From year", toYear: "To year", apply: "Show" },
  plan: { label: "Plan", none: "(none)" },
  all: "All",
  removeFilter: "Remove filter",
};
