export const vi = {
  title: (text: string) => `Kết quả tìm kiếm “${text}”`,
  caption: (text: string) => `Đối tác và cơ quan có tên khớp với “${text}”`,
  count: (n: string) => `Tìm thấy ${n} kết quả.`,
  firstOnly: (n: string) => `Hiển thị ${n} kết quả đầu tiên: hãy thêm từ để thu hẹp tìm kiếm.`,
  none: (text: string) => `Không tìm thấy đối tác hay cơ quan nào khớp với “${text}”. Hãy thử ít từ hơn hoặc cách viết khác.`,
  noText: "Nhập tên đối tác hoặc cơ quan vào ô tìm kiếm phía trên (có dấu hay không dấu đều được).",
  columns: { name: "Tên", nameVi: "Tên tiếng Việt", kind: "Loại", country: "Quốc gia" },
};

export const en: typeof vi = {
  title: (text: string) => `Search results for “${text}”`,
  caption: (text: string) => `Partners and agencies whose name matches “${text}”`,
  count: (n: string) => `${n} ${n === "1" ? "result" : "results"} found.`,
  firstOnly: (n: string) => `Showing the first ${n} results: add a word to narrow the search.`,
  none: (text: string) => `No partner or agency matches “${text}”. Try fewer words or another spelling.`,
  noText: "Type a partner's or an agency's name in the search box above (with or without Vietnamese diacritics).",
  columns: { name: "Name", nameVi: "Vietnamese name", kind: "Kind", country: "Country" },
};
