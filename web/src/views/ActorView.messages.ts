export const vi = {
  country: "Quốc gia", level: "Cấp", parent: "Trực thuộc", children: "Đơn vị trực thuộc",
  successors: "Đơn vị kế thừa", predecessors: "Đơn vị tiền thân", valid: "Thời gian tồn tại", website: "Trang web",
  partners: "Đối tác", partnersForeign: "Các đối tác nước ngoài trong các quan hệ của đơn vị.", partnersOfForeign: "Các đơn vị đã cùng tham gia quan hệ, hoạt động hoặc dự án.",
  noPartners: "Chưa có đối tác nào.",
  partnerships: "Quan hệ hợp tác", noPartnerships: "Chưa có quan hệ hợp tác nào.",
  network: "Mạng lưới cộng tác", networkLabel: (n: string) => `Sơ đồ mạng lưới: đơn vị này và ${n} đơn vị cộng tác trực tiếp; danh sách bên cạnh có cùng nội dung.`,
  networkHint: "Bấm vào một nút để mở đơn vị đó. Độ dày của cạnh theo số lần cùng tham gia.",
  collaborators: "Đơn vị cộng tác trực tiếp", noCollaborators: "Chưa cộng tác với đơn vị nào.",
  engagements: (n: number, formatted: string) => `${formatted} lần cùng tham gia`,
  activities: "Hoạt động", projects: "Dự án", noProjects: "Chưa có dự án nào.",
  notFound: (id: string) => `Không tìm thấy đơn vị “${id}”.`,
  roles: { funder: "Nhà tài trợ", implementer: "Đơn vị thực hiện", locality: "Địa bàn" } as Record<string, string>,
  columns: { title: "Quan hệ", kind: "Loại", signedOn: "Ngày ký", endedOn: "Kết thúc", counterparts: "Các bên" },
  permits: {
    title: "Giấy phép hoạt động tại Việt Nam", none: "Tổ chức chưa có giấy phép nào.", openEnded: "Không thời hạn",
    columns: { number: "Số giấy phép", kind: "Loại giấy phép", issuedOn: "Ngày cấp", expiresOn: "Hết hạn", sectors: "Lĩnh vực" },
  },
};

export const en: typeof vi = {
  country: "Country", level: "Level", parent: "Part of", children: "Units",
  successors: "Successors", predecessors: "Predecessors", valid: "Existed", website: "Website",
  partners: "Partners", partnersForeign: "The foreign parties of its partnerships.", partnersOfForeign: "The actors it shared a partnership, activity or project with.",
  noPartners: "No partner yet.",
  partnerships: "Partnerships", noPartnerships: "No partnership yet.",
  network: "Collaboration network", networkLabel: (n: string) => `Network diagram: this actor and ${n} direct collaborators; the list beside it says the same.`,
  networkHint: "Click a node to open that actor. Thicker edges mean more shared engagements.",
  collaborators: "Direct collaborators", noCollaborators: "No collaborator yet.",
  engagements: (n: number, formatted: string) => `${formatted} shared ${n === 1 ? "engagement" : "engagements"}`,
  activities: "Activities", projects: "Projects", noProjects: "No project yet.",
  notFound: (id: string) => `No actor “${id}”.`,
  roles: { funder: "Funder", implementer: "Implementer", locality: "Locality" },
  columns: { title: "Partnership", kind: "Kind", signedOn: "Signed on", endedOn: "Ended on", counterparts: "Parties" },
  permits: {
    title: "Permits to work in Viet Nam", none: "The NGO has no permit.", openEnded: "Open-ended",
    columns: { number: "Permit number", kind: "Kind", issuedOn: "Issued on", expiresOn: "Expires on", sectors: "Sectors" },
  },
};
