/**
 * What every enum value is called, in Vietnamese and in English: one dictionary for the web app's
 * tables and the exported files and reports, so that a planner reads the same word everywhere.
 * Pure data (no imports): the browser bundle and the service both load it.
 */
export type LabelLang = "vi" | "en";

type Labels = Record<string, { vi: string; en: string }>;

export const ENUM_LABELS = {
  Region: {
    SOUTHEAST_ASIA: { vi: "Đông Nam Á", en: "Southeast Asia" },
    EAST_ASIA: { vi: "Đông Á", en: "East Asia" },
    SOUTH_ASIA: { vi: "Nam Á", en: "South Asia" },
    CENTRAL_ASIA: { vi: "Trung Á", en: "Central Asia" },
    WEST_ASIA: { vi: "Tây Á", en: "West Asia" },
    EUROPE: { vi: "Châu Âu", en: "Europe" },
    NORTH_AMERICA: { vi: "Bắc Mỹ", en: "North America" },
    LATIN_AMERICA: { vi: "Mỹ Latinh", en: "Latin America" },
    AFRICA: { vi: "Châu Phi", en: "Africa" },
    OCEANIA: { vi: "Châu Đại Dương", en: "Oceania" },
    INTERNATIONAL: { vi: "Quốc tế", en: "International" },
  },
  Side: {
    DOMESTIC: { vi: "Trong nước", en: "Domestic" },
    FOREIGN: { vi: "Nước ngoài", en: "Foreign" },
  },
  ActorKind: {
    LOCALITY: { vi: "Địa phương", en: "Locality" },
    GOVERNMENT_AGENCY: { vi: "Cơ quan nhà nước", en: "Government agency" },
    MASS_ORGANIZATION: { vi: "Tổ chức đoàn thể", en: "Mass organisation" },
    FRIENDSHIP_ORGANIZATION: { vi: "Tổ chức hữu nghị", en: "Friendship organisation" },
    NGO: { vi: "Tổ chức phi chính phủ", en: "NGO" },
    INTERNATIONAL_ORGANIZATION: { vi: "Tổ chức quốc tế", en: "International organisation" },
    DIPLOMATIC_MISSION: { vi: "Cơ quan đại diện ngoại giao", en: "Diplomatic mission" },
    OVERSEAS_VIETNAMESE_ASSOCIATION: { vi: "Hội người Việt Nam ở nước ngoài", en: "Overseas Vietnamese association" },
    EDUCATION_INSTITUTION: { vi: "Cơ sở giáo dục", en: "Education institution" },
    ENTERPRISE: { vi: "Doanh nghiệp", en: "Enterprise" },
    PRESS: { vi: "Báo chí", en: "Press" },
    OTHER: { vi: "Khác", en: "Other" },
    PERSON: { vi: "Cá nhân", en: "Person" },
  },
  LocalityLevel: {
    PROVINCE: { vi: "Tỉnh", en: "Province" },
    STATE: { vi: "Bang", en: "State" },
    PREFECTURE: { vi: "Tỉnh (quận hạt)", en: "Prefecture" },
    REGION: { vi: "Vùng", en: "Region" },
    CITY: { vi: "Thành phố", en: "City" },
    DISTRICT: { vi: "Huyện / quận", en: "District" },
    TOWN: { vi: "Thị xã / thị trấn", en: "Town" },
    COMMUNE: { vi: "Xã / phường", en: "Commune" },
    OTHER: { vi: "Khác", en: "Other" },
  },
  PartnershipKind: {
    SISTER_LOCALITY: { vi: "Kết nghĩa", en: "Sister locality" },
    FRIENDSHIP: { vi: "Hữu nghị", en: "Friendship" },
    COOPERATION: { vi: "Hợp tác", en: "Cooperation" },
    AID_PROGRAM: { vi: "Chương trình viện trợ", en: "Aid programme" },
    INVESTMENT: { vi: "Đầu tư", en: "Investment" },
    OTHER: { vi: "Khác", en: "Other" },
  },
  ActivityKind: {
    DELEGATION_IN: { vi: "Đoàn vào", en: "Delegation in" },
    DELEGATION_OUT: { vi: "Đoàn ra", en: "Delegation out" },
    CONFERENCE: { vi: "Hội nghị", en: "Conference" },
    WORKSHOP: { vi: "Hội thảo", en: "Workshop" },
    TRADE_FAIR: { vi: "Hội chợ thương mại", en: "Trade fair" },
    EXHIBITION: { vi: "Triển lãm", en: "Exhibition" },
    CULTURAL_EXCHANGE: { vi: "Giao lưu văn hóa", en: "Cultural exchange" },
    SPORTS_EXCHANGE: { vi: "Giao lưu thể thao", en: "Sports exchange" },
    TRAINING: { vi: "Đào tạo", en: "Training" },
    PRESS_VISIT: { vi: "Đoàn báo chí", en: "Press visit" },
    RECEPTION: { vi: "Tiếp khách", en: "Reception" },
    AID_MOBILIZATION: { vi: "Vận động viện trợ", en: "Aid mobilisation" },
    INVESTMENT_PROMOTION: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
    OTHER: { vi: "Khác", en: "Other" },
  },
  Sector: {
    CULTURE: { vi: "Văn hóa", en: "Culture" },
    SPORT: { vi: "Thể thao", en: "Sport" },
    TOURISM: { vi: "Du lịch", en: "Tourism" },
    EDUCATION: { vi: "Giáo dục", en: "Education" },
    HEALTH: { vi: "Y tế", en: "Health" },
    SCIENCE_TECHNOLOGY: { vi: "Khoa học - công nghệ", en: "Science and technology" },
    TRADE: { vi: "Thương mại", en: "Trade" },
    INVESTMENT: { vi: "Đầu tư", en: "Investment" },
    AGRICULTURE_FISHERIES: { vi: "Nông nghiệp - thủy sản", en: "Agriculture and fisheries" },
    ENVIRONMENT: { vi: "Môi trường", en: "Environment" },
    SOCIAL_WELFARE: { vi: "An sinh xã hội", en: "Social welfare" },
    GOVERNANCE: { vi: "Quản trị", en: "Governance" },
    INFORMATION_MEDIA: { vi: "Thông tin - truyền thông", en: "Information and media" },
    OTHER: { vi: "Khác", en: "Other" },
  },
  ProjectStatus: {
    PIPELINE: { vi: "Đang chuẩn bị", en: "Pipeline" },
    ACTIVE: { vi: "Đang thực hiện", en: "Active" },
    COMPLETED: { vi: "Đã hoàn thành", en: "Completed" },
    CANCELLED: { vi: "Đã hủy", en: "Cancelled" },
    SUSPENDED: { vi: "Tạm dừng", en: "Suspended" },
  },
  FundingType: {
    ODA: { vi: "ODA", en: "ODA" },
    FDI: { vi: "FDI", en: "FDI" },
    NGO_AID: { vi: "Viện trợ phi chính phủ", en: "NGO aid" },
    PRIVATE: { vi: "Tư nhân", en: "Private" },
    PUBLIC_DOMESTIC: { vi: "Ngân sách trong nước", en: "Domestic public" },
    OTHER: { vi: "Khác", en: "Other" },
  },
  Recommendation: {
    CONTINUE: { vi: "Tiếp tục", en: "Continue" },
    STRENGTHEN: { vi: "Tăng cường", en: "Strengthen" },
    RESTRUCTURE: { vi: "Điều chỉnh", en: "Restructure" },
    SUSPEND: { vi: "Tạm dừng", en: "Suspend" },
    TERMINATE: { vi: "Chấm dứt", en: "Terminate" },
  },
  CoverageStatus: {
    ACTIVE: { vi: "Hoạt động", en: "Active" },
    INACTIVE: { vi: "Không hoạt động", en: "Inactive" },
    NONE: { vi: "Chưa có đối tác", en: "No partner" },
  },
  EffectivenessFlag: {
    DORMANT: { vi: "Ngưng hoạt động", en: "Dormant" },
    UNREVIEWED: { vi: "Chưa đánh giá", en: "Unreviewed" },
    ENDED: { vi: "Đã kết thúc", en: "Ended" },
    NEW: { vi: "Mới ký", en: "New" },
  },
  ReportStatus: {
    ON_TIME: { vi: "Đúng hạn", en: "On time" },
    LATE: { vi: "Trễ hạn", en: "Late" },
    MISSING: { vi: "Chưa báo cáo", en: "Missing" },
  },
  AgreementStatus: {
    NOT_SIGNED: { vi: "Chưa ký", en: "Not signed" },
    ENDED: { vi: "Đã kết thúc", en: "Ended" },
    EXPIRED: { vi: "Hết hiệu lực", en: "Expired" },
    EXPIRING: { vi: "Sắp hết hiệu lực", en: "Expiring" },
    ACTIVE: { vi: "Còn hiệu lực", en: "Active" },
  },
  ReportCompliance: {
    ON_TIME: { vi: "Báo cáo đúng hạn", en: "Reported on time" },
    LATE: { vi: "Báo cáo trễ hạn", en: "Reported late" },
    MISSING: { vi: "Chưa báo cáo", en: "Not reported" },
    PENDING: { vi: "Chưa đến hạn báo cáo", en: "Not yet due" },
  },
  CommitmentKind: {
    ACTIVITIES: { vi: "Số hoạt động", en: "Activities" },
    FUNDS_USD: { vi: "Vốn vận động (USD)", en: "Funds (USD)" },
  },
  PermitKind: {
    OPERATION_REGISTRATION: { vi: "Giấy đăng ký hoạt động", en: "Operation registration" },
    PROJECT_OFFICE: { vi: "Giấy đăng ký lập văn phòng dự án", en: "Project office" },
    REPRESENTATIVE_OFFICE: { vi: "Giấy đăng ký lập văn phòng đại diện", en: "Representative office" },
  },
  PermitStatus: {
    VALID: { vi: "Còn hiệu lực", en: "Valid" },
    EXPIRING: { vi: "Sắp hết hạn", en: "Expiring" },
    EXPIRED: { vi: "Hết hạn", en: "Expired" },
    NONE: { vi: "Không có giấy phép", en: "No permit" },
  },
} satisfies Record<string, Labels>;

export type EnumName = keyof typeof ENUM_LABELS;

/** The label of `value` of enum `name` in `lang`; the value itself when it has none. */
export function enumLabel(name: EnumName, value: string, lang: LabelLang): string {
  return (ENUM_LABELS[name] as Labels)[value]?.[lang] ?? value;
}
