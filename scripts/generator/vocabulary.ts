/**
 * Reference data and words for the generated network: which countries partners come from and how
 * often, their currencies and exchange-rate paths, and the pieces names and titles are made of.
 * Every value here is illustrative; none is official data.
 */
import type { ActivityKind, ActorKind, LocalityLevel, PartnershipKind, Sector } from "../../src/domain/enums";

/**
 * Relative share of foreign partners per country, roughly the weight of Vietnam's partners in
 * people-to-people diplomacy. Every other country the service knows gets TAIL_COUNTRY_WEIGHT, so a
 * large network touches nearly every country, most of them with a handful of partners.
 */
export const COUNTRY_WEIGHTS: readonly (readonly [string, number])[] = [
  ["JP", 10], ["KR", 9], ["CN", 7], ["US", 7], ["FR", 6], ["DE", 5], ["RU", 5], ["LA", 5], ["KH", 4], ["TH", 4],
  ["AU", 4], ["SG", 3], ["GB", 3], ["TW", 2.5], ["IT", 2], ["NL", 2], ["BE", 2], ["CA", 2], ["IN", 2], ["MY", 2],
  ["ID", 2], ["PH", 2], ["MM", 1.5], ["CH", 1.5], ["SE", 1.5], ["NZ", 1.5], ["CU", 1.2], ["CZ", 1], ["PL", 1], ["HU", 1],
  ["AT", 1], ["DK", 1], ["NO", 1], ["FI", 1], ["IL", 1], ["ES", 1], ["IE", 0.8], ["BR", 0.8], ["BN", 0.8], ["MN", 0.8],
  ["KZ", 0.6], ["AE", 0.6], ["TR", 0.6], ["EG", 0.5], ["ZA", 0.5], ["MX", 0.5], ["AR", 0.5], ["CL", 0.5], ["BY", 0.5],
  ["UA", 0.5], ["BG", 0.5], ["RO", 0.5], ["SK", 0.5], ["PT", 0.5],
];
export const TAIL_COUNTRY_WEIGHT = 0.1;
export const DOMESTIC_COUNTRY = "VN";

/**
 * USD per unit in the first year and a yearly drift and volatility of its logarithm: each year's
 * rate is a random walk from there, so rates look like rates without pretending to be history.
 */
export const CURRENCIES: readonly { code: string; usdPerUnit: number; drift: number; volatility: number }[] = [
  { code: "EUR", usdPerUnit: 1.39, drift: -0.015, volatility: 0.05 },
  { code: "JPY", usdPerUnit: 0.01253, drift: -0.03, volatility: 0.07 },
  { code: "KRW", usdPerUnit: 0.000903, drift: -0.01, volatility: 0.05 },
  { code: "CNY", usdPerUnit: 0.1547, drift: 0, volatility: 0.03 },
  { code: "VND", usdPerUnit: 0.0000485, drift: -0.02, volatility: 0.01 },
  { code: "AUD", usdPerUnit: 1.032, drift: -0.02, volatility: 0.07 },
  { code: "THB", usdPerUnit: 0.0328, drift: 0, volatility: 0.04 },
  { code: "SGD", usdPerUnit: 0.795, drift: 0, volatility: 0.03 },
  { code: "GBP", usdPerUnit: 1.604, drift: -0.02, volatility: 0.06 },
  { code: "RUB", usdPerUnit: 0.034, drift: -0.07, volatility: 0.12 },
  { code: "LAK", usdPerUnit: 0.000125, drift: -0.07, volatility: 0.05 },
  { code: "CAD", usdPerUnit: 1.011, drift: -0.02, volatility: 0.05 },
  { code: "CHF", usdPerUnit: 1.128, drift: 0.005, volatility: 0.04 },
];

/**
 * Currency-years left without a rate on purpose: amounts in them must end up in
 * `unconvertedFunds`, never in a USD total, and the analytics must show that.
 */
export const MISSING_RATES: readonly string[] = ["THB/2011", "LAK/2011", "LAK/2012", "RUB/2022", "VND/2025"];

const EURO_AREA = ["FR", "DE", "IT", "NL", "BE", "ES", "AT", "FI", "IE", "PT", "GR", "LU", "SK", "SI", "EE", "LV", "LT"];
const NATIONAL_CURRENCY: Record<string, string> = {
  JP: "JPY", KR: "KRW", CN: "CNY", US: "USD", AU: "AUD", TH: "THB", SG: "SGD", GB: "GBP", RU: "RUB",
  LA: "LAK", CA: "CAD", CH: "CHF", VN: "VND", ...Object.fromEntries(EURO_AREA.map((c) => [c, "EUR"])),
};

/** The currency a partner of `country` counts in; USD where it has none of its own here. */
export function currencyOf(country: string): string {
  return NATIONAL_CURRENCY[country] ?? "USD";
}

/** Syllables that make plausible-looking place and organisation names, by language area. */
const SYLLABLES: Record<string, readonly string[]> = {
  ja: ["ka", "wa", "na", "shi", "ta", "mo", "ri", "ya", "ma", "to", "ku", "sa", "ki", "no", "hi", "ro", "o", "se", "chi", "fu", "mi", "ne", "gi", "zu"],
  ko: ["gim", "hae", "su", "won", "dae", "gu", "cheon", "an", "jeon", "ju", "gang", "neung", "po", "hang", "mok", "yeo", "sang", "chang", "seong", "nam"],
  zh: ["hai", "nan", "guang", "zhou", "shen", "ning", "kun", "ming", "xia", "men", "fu", "jiang", "su", "he", "bei", "yun", "chang", "sha", "lin", "qing"],
  sea: ["cham", "pa", "sak", "siem", "reap", "vien", "tiane", "luang", "phra", "bang", "chiang", "mai", "sura", "kota", "bandar", "seri", "batam", "iloi", "kham", "phu"],
  latin: ["bel", "mor", "an", "ville", "ton", "berg", "ford", "dale", "ria", "sen", "lund", "ova", "ino", "ese", "port", "field", "stad", "burg", "mont", "ley", "ara", "vik", "ham", "nes"],
};
const LANGUAGE: Record<string, string> = {
  JP: "ja", KR: "ko", CN: "zh", TW: "zh", LA: "sea", KH: "sea", TH: "sea", MY: "sea", ID: "sea", PH: "sea", MM: "sea", BN: "sea", SG: "sea",
};

export function syllablesFor(country: string): readonly string[] {
  return SYLLABLES[LANGUAGE[country] ?? "latin"];
}

/** Vietnamese syllables for domestic place names, with diacritics (search folds them away). */
export const VIETNAMESE_SYLLABLES: readonly string[] = [
  "An", "Bình", "Châu", "Đông", "Giang", "Hà", "Hải", "Hòa", "Khánh", "Lâm", "Long", "Minh", "Nam", "Ninh", "Phú",
  "Quảng", "Sơn", "Tây", "Thanh", "Thuận", "Trà", "Vĩnh", "Yên", "Bắc", "Cao", "Điện", "Gia", "Hưng", "Kiên", "Lạng",
  "Nghệ", "Quang", "Tân", "Thái", "Tiền", "Tuyên", "Vân", "Đà", "Lộc", "Mỹ", "Phước", "Định", "Hậu", "Sóc", "Bạc",
];

/** The same text without diacritics (đ → d), for the English name of a Vietnamese place. */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Share of domestic units (beyond each province's core units) by kind. */
export const DOMESTIC_KINDS: readonly (readonly [ActorKind, number])[] = [
  ["LOCALITY", 35], ["GOVERNMENT_AGENCY", 15], ["MASS_ORGANIZATION", 10], ["FRIENDSHIP_ORGANIZATION", 8],
  ["EDUCATION_INSTITUTION", 10], ["ENTERPRISE", 17], ["PRESS", 3], ["OTHER", 2],
];

/** Share of foreign partners by kind. */
export const FOREIGN_KINDS: readonly (readonly [ActorKind, number])[] = [
  ["LOCALITY", 20], ["NGO", 18], ["ENTERPRISE", 22], ["EDUCATION_INSTITUTION", 10], ["GOVERNMENT_AGENCY", 6],
  ["FRIENDSHIP_ORGANIZATION", 6], ["OVERSEAS_VIETNAMESE_ASSOCIATION", 6], ["DIPLOMATIC_MISSION", 2],
  ["INTERNATIONAL_ORGANIZATION", 2], ["PRESS", 4], ["MASS_ORGANIZATION", 1], ["OTHER", 3],
];

/** Provincial departments (English, Vietnamese). */
export const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ["Department of Planning and Investment", "Sở Kế hoạch và Đầu tư"],
  ["Department of Finance", "Sở Tài chính"],
  ["Department of Culture, Sports and Tourism", "Sở Văn hóa, Thể thao và Du lịch"],
  ["Department of Education and Training", "Sở Giáo dục và Đào tạo"],
  ["Department of Health", "Sở Y tế"],
  ["Department of Information and Communications", "Sở Thông tin và Truyền thông"],
  ["Department of Industry and Trade", "Sở Công Thương"],
  ["Department of Agriculture and Rural Development", "Sở Nông nghiệp và Phát triển nông thôn"],
  ["Department of Science and Technology", "Sở Khoa học và Công nghệ"],
  ["Department of Natural Resources and Environment", "Sở Tài nguyên và Môi trường"],
  ["Department of Labour, Invalids and Social Affairs", "Sở Lao động - Thương binh và Xã hội"],
  ["Department of Home Affairs", "Sở Nội vụ"],
  ["Department of Justice", "Sở Tư pháp"],
  ["Department of Transport", "Sở Giao thông vận tải"],
  ["Department of Construction", "Sở Xây dựng"],
];

/** Mass organisations (English, Vietnamese), each present in every province and district. */
export const MASS_ORGANIZATIONS: readonly (readonly [string, string])[] = [
  ["Fatherland Front Committee", "Ủy ban Mặt trận Tổ quốc"],
  ["Women's Union", "Hội Liên hiệp Phụ nữ"],
  ["Youth Union", "Đoàn Thanh niên"],
  ["Farmers' Association", "Hội Nông dân"],
  ["Veterans' Association", "Hội Cựu chiến binh"],
  ["Labour Federation", "Liên đoàn Lao động"],
];

/** Vietnamese cities that host foreign missions. */
export const MISSION_CITIES: readonly (readonly [string, string])[] = [
  ["Hanoi", "Hà Nội"], ["Ho Chi Minh City", "TP. Hồ Chí Minh"], ["Da Nang", "Đà Nẵng"], ["Hai Phong", "Hải Phòng"], ["Can Tho", "Cần Thơ"],
];

/** Level of a foreign locality, by country: prefectures in Japan, states in federations, … */
export function foreignLocalityLevels(country: string): readonly (readonly [LocalityLevel, number])[] {
  const upper: LocalityLevel =
    country === "JP" ? "PREFECTURE" : ["US", "AU", "DE", "MY", "BR", "MX", "IN", "AT"].includes(country) ? "STATE" : ["FR", "IT", "RU", "ES", "PL", "CZ"].includes(country) ? "REGION" : "PROVINCE";
  return [[upper, 30], ["CITY", 55], ["TOWN", 10], ["DISTRICT", 5]];
}

export const LEVEL_NAMES: Record<LocalityLevel, readonly [string, string]> = {
  PROVINCE: ["{} Province", "Tỉnh {}"],
  STATE: ["State of {}", "Bang {}"],
  PREFECTURE: ["{} Prefecture", "Tỉnh {}"],
  REGION: ["{} Region", "Vùng {}"],
  CITY: ["{} City", "Thành phố {}"],
  DISTRICT: ["{} District", "Huyện {}"],
  TOWN: ["{} Town", "Thị xã {}"],
  COMMUNE: ["{} Commune", "Xã {}"],
  OTHER: ["{}", "{}"],
};

/** Name patterns of foreign partners by kind: English, and Vietnamese (or null when it has none). */
export const FOREIGN_NAMES: Partial<Record<ActorKind, readonly (readonly [string, string | null])[]>> = {
  NGO: [["{} Foundation", "Quỹ {}"], ["{} Relief Fund", null], ["Friends of Vietnam – {}", "Hội Những người bạn Việt Nam – {}"], ["{} Children's Fund", null]],
  ENTERPRISE: [["{} Corporation", null], ["{} Holdings", null], ["{} Trading Co.", null], ["{} Group", "Tập đoàn {}"]],
  EDUCATION_INSTITUTION: [["University of {}", "Đại học {}"], ["{} Institute of Technology", null], ["{} College", "Trường Cao đẳng {}"]],
  GOVERNMENT_AGENCY: [["{} Regional Development Office", null], ["{} International Cooperation Bureau", "Cục Hợp tác quốc tế {}"]],
  OVERSEAS_VIETNAMESE_ASSOCIATION: [["Association of Vietnamese in {}", "Hội người Việt Nam tại {}"], ["{} Vietnamese Community", "Cộng đồng người Việt tại {}"]],
  INTERNATIONAL_ORGANIZATION: [["{} International", null], ["{} Development Bank", "Ngân hàng Phát triển {}"], ["{} Regional Centre", null]],
  PRESS: [["{} Times", null], ["{} Broadcasting", null], ["{} News Agency", "Hãng thông tấn {}"]],
  MASS_ORGANIZATION: [["{} Trade Union", null], ["{} Women's Association", null]],
  OTHER: [["{} Cultural Centre", "Trung tâm Văn hóa {}"], ["{} Institute", null]],
};

export const PARTNERSHIP_KINDS_WEIGHTED: readonly (readonly [PartnershipKind, number])[] = [
  ["SISTER_LOCALITY", 25], ["FRIENDSHIP", 20], ["COOPERATION", 30], ["AID_PROGRAM", 12], ["INVESTMENT", 8], ["OTHER", 5],
];

export const PARTNERSHIP_TITLES: Record<PartnershipKind, string> = {
  SISTER_LOCALITY: "sister-locality relations",
  FRIENDSHIP: "friendship agreement",
  COOPERATION: "cooperation agreement",
  AID_PROGRAM: "aid programme",
  INVESTMENT: "investment agreement",
  OTHER: "memorandum of understanding",
};

export const ACTIVITY_KINDS_WEIGHTED: readonly (readonly [ActivityKind, number])[] = [
  ["DELEGATION_IN", 18], ["DELEGATION_OUT", 12], ["CONFERENCE", 8], ["WORKSHOP", 10], ["TRADE_FAIR", 5], ["EXHIBITION", 4],
  ["CULTURAL_EXCHANGE", 10], ["SPORTS_EXCHANGE", 3], ["TRAINING", 9], ["PRESS_VISIT", 2], ["RECEPTION", 8],
  ["AID_MOBILIZATION", 5], ["INVESTMENT_PROMOTION", 4], ["OTHER", 2],
];

export const ACTIVITY_TITLES: Record<ActivityKind, string> = {
  DELEGATION_IN: "Visit of a delegation from",
  DELEGATION_OUT: "Delegation to",
  CONFERENCE: "Conference with",
  WORKSHOP: "Workshop with",
  TRADE_FAIR: "Trade fair with",
  EXHIBITION: "Exhibition with",
  CULTURAL_EXCHANGE: "Cultural exchange with",
  SPORTS_EXCHANGE: "Sports exchange with",
  TRAINING: "Training course with",
  PRESS_VISIT: "Press visit by",
  RECEPTION: "Reception for",
  AID_MOBILIZATION: "Aid mobilisation meeting with",
  INVESTMENT_PROMOTION: "Investment promotion with",
  OTHER: "Meeting with",
};

export const OUTCOMES: readonly string[] = [
  "Agreed on a plan of exchanges for next year.",
  "Signed a memorandum on student exchanges.",
  "Local products shown to foreign buyers.",
  "Scholarships offered to local students.",
  "Agreed to study direct flights.",
  "Medical equipment handed over to district hospitals.",
  "Follow-up visit scheduled.",
  "No concrete follow-up agreed.",
];

export const REVIEW_FINDINGS: readonly string[] = [
  "Exchanges regular and well attended.",
  "Few activities this year; contacts kept by correspondence.",
  "Commitments on training carried out in full.",
  "Funding below what was agreed.",
  "Relation kept alive mainly by the overseas Vietnamese community.",
  "No delegation or exchange this year.",
];

/** OECD DAC purpose codes that aid projects in the province commonly carry. */
export const DAC_CODES: readonly string[] = [
  "11220", "11330", "12220", "12240", "14030", "15110", "16010", "21020", "23210", "31120", "31310", "32130", "33210", "41010", "43040", "43072",
];

export const PROJECT_THEMES: readonly (readonly [string, Sector])[] = [
  ["Clean water supply", "HEALTH"], ["Primary school construction", "EDUCATION"], ["Coastal mangrove restoration", "ENVIRONMENT"],
  ["Vocational training", "EDUCATION"], ["Community health centre", "HEALTH"], ["Fisheries cooperative support", "AGRICULTURE_FISHERIES"],
  ["Eco-tourism development", "TOURISM"], ["Solar power for remote communes", "ENVIRONMENT"], ["Industrial park", "INVESTMENT"],
  ["Support for people with disabilities", "SOCIAL_WELFARE"], ["E-government pilot", "GOVERNANCE"], ["Seafood processing plant", "TRADE"],
];

export const TASK_THEMES: readonly (readonly [string, string, Sector])[] = [
  ["Foreign information and delegations", "Thông tin đối ngoại, đoàn ra đoàn vào", "INFORMATION_MEDIA"],
  ["Mobilise ODA, FDI and foreign NGO aid", "Vận động ODA, FDI và viện trợ phi chính phủ nước ngoài", "INVESTMENT"],
  ["Review sister-locality relations", "Đánh giá quan hệ kết nghĩa", "GOVERNANCE"],
  ["Cultural and people-to-people exchanges", "Giao lưu văn hóa, nhân dân", "CULTURE"],
  ["Work with overseas Vietnamese", "Công tác người Việt Nam ở nước ngoài", "SOCIAL_WELFARE"],
  ["Inform the public about ASEAN", "Tuyên truyền về ASEAN", "INFORMATION_MEDIA"],
  ["Education and training cooperation", "Hợp tác giáo dục, đào tạo", "EDUCATION"],
  ["Tourism and trade promotion", "Xúc tiến du lịch, thương mại", "TOURISM"],
  ["Budget for people-to-people diplomacy", "Bố trí kinh phí đối ngoại nhân dân", "GOVERNANCE"],
  ["Health and social welfare cooperation", "Hợp tác y tế, an sinh xã hội", "HEALTH"],
  ["Science and technology cooperation", "Hợp tác khoa học, công nghệ", "SCIENCE_TECHNOLOGY"],
  ["Environment and climate adaptation", "Môi trường, thích ứng biến đổi khí hậu", "ENVIRONMENT"],
];

export const MEMBERSHIP_ROLES: readonly string[] = ["member", "founding member", "associate member", "board member", "observer"];
