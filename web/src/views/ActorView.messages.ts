export const vi = {
  side: "Phía", country: "Quốc gia", level: "Cấp", parent: "Trực thuộc", children: "Đơn vị trực thuộc", successors: "Đơn vị kế thừa", predecessors: "Đơn vị tiền thân",
  partnerships: "Quan hệ hợp tác", noPartnerships: "Chưa có quan hệ hợp tác nào.",
  partners: "Đối tác", network: "Mạng lưới cộng tác", networkLabel: (n: string) => `Sơ đồ mạng lưới: ${n} đơn vị cộng tác trực tiếp`,
  collaborators: "Các đơn vị cộng tác trực tiếp", noCollaborators: "Chưa cộng tác với đơn vị nào.",
  path: "Đường nối tới một đơn vị khác", pathSearch: "Tìm đơn vị", pathNone: "Không có đường nối trong 6 bước.", steps: (n: string) => `${n} bước`, choose: "Chọn",
  columns: { title: "Quan hệ", kind: "Loại", signedOn: "Ngày ký", endedOn: "Kết thúc" },
};

export const en: typeof vi = {
  side: "Side", country: "Country", level: "Level", parent: "Part of", children: "Units", successors: "Successors", predecessors: "Predecessors",
  partnerships: "Partnerships", noPartnerships: "No partnership yet.",
  partners: "Partners", network: "Collaboration network", networkLabel: (n: string) => `Network diagram: ${n} direct collaborators`,
  collaborators: "Direct collaborators", noCollaborators: "No collaborator yet.",
  path: "Path to another actor", pathSearch: "Find an actor", pathNone: "No path within 6 steps.", steps: (n: string) => `${n} steps`, choose: "Choose",
  columns: { title: "Partnership", kind: "Kind", signedOn: "Signed on", endedOn: "Ended on" },
};
