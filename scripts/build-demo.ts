/**
 * Builds the demo dataset data/demo/khanh-hoa.json, deterministically (a seeded generator: the
 * same output every run). The domestic side — the province, its districts, the agencies, the plan
 * and its tasks — comes from the seed plan; every foreign partner, partnership, activity, project,
 * amount, review and report is ILLUSTRATIVE: invented to demonstrate the service, not official data.
 *
 *   npm run demo [-- OUT.json]   → rewrites data/demo/khanh-hoa.json (or writes OUT.json)
 */
import fs from "node:fs";
import path from "node:path";
import { Random } from "./generator/random";

const OUT = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(__dirname, "..", "data", "demo", "khanh-hoa.json");

// The generator's seeded random numbers, so the bulk activities are the same on every run.
const random = Random.stream(20170420, 0);
const pick = <T>(list: readonly T[]): T => random.pick(list);
const pad = (n: number) => String(n).padStart(2, "0");
const dateIn = (year: number, monthFrom = 1, monthTo = 12) => {
  const month = random.int(monthFrom, monthTo);
  return `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
};

// ---------------------------------------------------------------- countries and exchange rates
const countries = [
  ["VN", "Vietnam", "Việt Nam", "SOUTHEAST_ASIA", true],
  ["LA", "Laos", "Lào", "SOUTHEAST_ASIA", true],
  ["KH", "Cambodia", "Campuchia", "SOUTHEAST_ASIA", true],
  ["TH", "Thailand", "Thái Lan", "SOUTHEAST_ASIA", true],
  ["SG", "Singapore", "Singapore", "SOUTHEAST_ASIA", true],
  ["PH", "Philippines", "Philippines", "SOUTHEAST_ASIA", true],
  ["MY", "Malaysia", "Malaysia", "SOUTHEAST_ASIA", true],
  ["ID", "Indonesia", "Indonesia", "SOUTHEAST_ASIA", true],
  ["MM", "Myanmar", "Myanmar", "SOUTHEAST_ASIA", true],
  ["BN", "Brunei", "Brunei", "SOUTHEAST_ASIA", true],
  ["JP", "Japan", "Nhật Bản", "EAST_ASIA", false],
  ["KR", "South Korea", "Hàn Quốc", "EAST_ASIA", false],
  ["CN", "China", "Trung Quốc", "EAST_ASIA", false],
  ["RU", "Russia", "Nga", "EUROPE", false],
  ["FR", "France", "Pháp", "EUROPE", false],
  ["DE", "Germany", "Đức", "EUROPE", false],
  ["GB", "United Kingdom", "Vương quốc Anh", "EUROPE", false],
  ["CH", "Switzerland", "Thụy Sĩ", "EUROPE", false],
  ["US", "United States", "Hoa Kỳ", "NORTH_AMERICA", false],
  ["CA", "Canada", "Canada", "NORTH_AMERICA", false],
  ["AU", "Australia", "Úc", "OCEANIA", false],
  ["NZ", "New Zealand", "New Zealand", "OCEANIA", false],
  // A user-assigned code (v2): international organisations count here, not under their host country.
  ["XZ", "International organisations", "Tổ chức quốc tế", "INTERNATIONAL", false],
].map(([code, name, nameVi, region, asean]) => ({ code, name, nameVi, region, asean }));

// USD per unit, 2015..2021 (rounded yearly averages, illustrative). THB has no rate on purpose:
// the Thai baht amounts show up in `unconvertedFunds`, never in a USD total.
const RATES: Record<string, number[]> = {
  JPY: [0.00826, 0.00920, 0.00891, 0.00906, 0.00917, 0.00937, 0.00911],
  KRW: [0.000884, 0.000861, 0.000886, 0.000909, 0.000858, 0.000849, 0.000874],
  EUR: [1.110, 1.107, 1.130, 1.181, 1.120, 1.142, 1.183],
  AUD: [0.752, 0.744, 0.767, 0.748, 0.695, 0.690, 0.751],
  RUB: [0.0164, 0.0149, 0.0171, 0.0160, 0.0155, 0.0139, 0.0136],
  SGD: [0.728, 0.724, 0.724, 0.741, 0.733, 0.725, 0.744],
  CNY: [0.161, 0.151, 0.148, 0.151, 0.145, 0.145, 0.155],
  LAK: [0.000123, 0.000122, 0.000121, 0.000118, 0.000114, 0.000109, 0.000105],
  VND: [0.0000457, 0.0000448, 0.0000441, 0.0000434, 0.0000431, 0.0000432, 0.0000435],
};
const exchangeRates = Object.entries(RATES).flatMap(([currency, perYear]) =>
  perYear.map((usdPerUnit, i) => ({ currency, year: 2015 + i, usdPerUnit })),
);

// ---------------------------------------------------------------- actors
type Actor = Record<string, unknown> & { id: string };
const actors: Actor[] = [];
const domestic = (id: string, kind: string, name: string, nameVi: string, extra: Record<string, unknown> = {}) =>
  actors.push({ id, kind, side: "DOMESTIC", name, nameVi, country: "VN", ...extra });
const foreign = (id: string, kind: string, country: string, name: string, nameVi: string | null, extra: Record<string, unknown> = {}) =>
  actors.push({ id, kind, side: "FOREIGN", name, ...(nameVi ? { nameVi } : {}), country, ...extra });

// From the seed plan: the province, its district-level units, the agencies of section III.
domestic("vn-kh", "LOCALITY", "Khanh Hoa Province", "Tỉnh Khánh Hòa", { level: "PROVINCE", website: "https://khanhhoa.gov.vn" });
const DISTRICTS: [string, string, string, string][] = [
  ["vn-kh-nhatrang", "CITY", "Nha Trang City", "Thành phố Nha Trang"],
  ["vn-kh-camranh", "CITY", "Cam Ranh City", "Thành phố Cam Ranh"],
  ["vn-kh-ninhhoa", "TOWN", "Ninh Hoa Town", "Thị xã Ninh Hòa"],
  ["vn-kh-vanninh", "DISTRICT", "Van Ninh District", "Huyện Vạn Ninh"],
  ["vn-kh-dienkhanh", "DISTRICT", "Dien Khanh District", "Huyện Diên Khánh"],
  ["vn-kh-camlam", "DISTRICT", "Cam Lam District", "Huyện Cam Lâm"],
  ["vn-kh-khanhvinh", "DISTRICT", "Khanh Vinh District", "Huyện Khánh Vĩnh"],
  ["vn-kh-khanhson", "DISTRICT", "Khanh Son District", "Huyện Khánh Sơn"],
  ["vn-kh-truongsa", "DISTRICT", "Truong Sa District", "Huyện Trường Sa"],
];
for (const [id, level, name, nameVi] of DISTRICTS) domestic(id, "LOCALITY", name, nameVi, { level, parentId: "vn-kh" });
domestic("vn-nt", "LOCALITY", "Ninh Thuan Province", "Tỉnh Ninh Thuận", { level: "PROVINCE", validTo: "2025-06-30", successorIds: ["vn-kh"] });
domestic("vn-kh-pc", "GOVERNMENT_AGENCY", "Khanh Hoa Provincial People's Committee", "Ủy ban nhân dân tỉnh Khánh Hòa", { parentId: "vn-kh" });
domestic("vn-kh-dofa", "GOVERNMENT_AGENCY", "Khanh Hoa Department of Foreign Affairs", "Sở Ngoại vụ tỉnh Khánh Hòa", {
  parentId: "vn-kh-pc", contact: { email: "songoaivu@khanhhoa.gov.vn" },
});
domestic("vn-kh-dic", "GOVERNMENT_AGENCY", "Khanh Hoa Department of Information and Communications", "Sở Thông tin và Truyền thông tỉnh Khánh Hòa", { parentId: "vn-kh-pc" });
domestic("vn-kh-dpi", "GOVERNMENT_AGENCY", "Khanh Hoa Department of Planning and Investment", "Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa", { parentId: "vn-kh-pc" });
domestic("vn-kh-dof", "GOVERNMENT_AGENCY", "Khanh Hoa Department of Finance", "Sở Tài chính tỉnh Khánh Hòa", { parentId: "vn-kh-pc" });
domestic("vn-kh-ufo", "FRIENDSHIP_ORGANIZATION", "Khanh Hoa Union of Friendship Organizations", "Liên hiệp các tổ chức hữu nghị tỉnh Khánh Hòa");
domestic("vn-kh-vff", "MASS_ORGANIZATION", "Vietnam Fatherland Front Committee of Khanh Hoa", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa");
domestic("vn-kh-women", "MASS_ORGANIZATION", "Khanh Hoa Women's Union", "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa");
domestic("vn-kh-youth", "MASS_ORGANIZATION", "Khanh Hoa Youth Union", "Tỉnh Đoàn Khánh Hòa");
domestic("vn-kh-vjfa", "FRIENDSHIP_ORGANIZATION", "Vietnam–Japan Friendship Association of Khanh Hoa", "Hội hữu nghị Việt Nam – Nhật Bản tỉnh Khánh Hòa");
domestic("vn-kh-vrfa", "FRIENDSHIP_ORGANIZATION", "Vietnam–Russia Friendship Association of Khanh Hoa", "Hội hữu nghị Việt Nam – Nga tỉnh Khánh Hòa");
domestic("vn-kh-vffa", "FRIENDSHIP_ORGANIZATION", "Vietnam–France Friendship Association of Khanh Hoa", "Hội hữu nghị Việt Nam – Pháp tỉnh Khánh Hòa");
domestic("vn-ntu", "EDUCATION_INSTITUTION", "Nha Trang University", "Trường Đại học Nha Trang");
domestic("vn-khu", "EDUCATION_INSTITUTION", "Khanh Hoa University", "Trường Đại học Khánh Hòa");
domestic("vn-kh-khatoco", "ENTERPRISE", "Khanh Viet Corporation (Khatoco)", "Tổng Công ty Khánh Việt");
domestic("vn-kh-yensao", "ENTERPRISE", "Khanh Hoa Salanganes Nest Company", "Công ty Yến sào Khánh Hòa");
domestic("vn-vufo", "FRIENDSHIP_ORGANIZATION", "Vietnam Union of Friendship Organizations (VUFO)", "Liên hiệp các tổ chức hữu nghị Việt Nam");
domestic("vn-paccom", "GOVERNMENT_AGENCY", "People's Aid Coordinating Committee (PACCOM)", "Ban Điều phối Viện trợ Nhân dân");

// Illustrative foreign partners.
foreign("jp-wakayama", "LOCALITY", "JP", "Wakayama Prefecture", "Tỉnh Wakayama", { level: "PREFECTURE" });
foreign("jp-wakayama-u", "EDUCATION_INSTITUTION", "JP", "Wakayama University", "Đại học Wakayama");
foreign("jp-jica", "GOVERNMENT_AGENCY", "JP", "Japan International Cooperation Agency (JICA)", "Cơ quan Hợp tác Quốc tế Nhật Bản");
foreign("jp-cg-hcmc", "DIPLOMATIC_MISSION", "JP", "Consulate General of Japan in Ho Chi Minh City", "Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh");
foreign("jp-ovs-kansai", "OVERSEAS_VIETNAMESE_ASSOCIATION", "JP", "Association of Vietnamese in Kansai", "Hội người Việt Nam tại Kansai");
foreign("jp-nhk", "PRESS", "JP", "NHK World", null);
foreign("kr-gimhae", "LOCALITY", "KR", "Gimhae City", "Thành phố Gimhae", { level: "CITY" });
foreign("kr-koica", "GOVERNMENT_AGENCY", "KR", "Korea International Cooperation Agency (KOICA)", "Cơ quan Hợp tác Quốc tế Hàn Quốc");
foreign("kr-goodneighbors", "NGO", "KR", "Good Neighbors International", null);
foreign("kr-hyosung", "ENTERPRISE", "KR", "Hyosung Corporation", null);
foreign("kr-cg-hcmc", "DIPLOMATIC_MISSION", "KR", "Consulate General of the Republic of Korea in Ho Chi Minh City", "Tổng Lãnh sự quán Hàn Quốc tại TP. Hồ Chí Minh");
foreign("ru-irkutsk", "LOCALITY", "RU", "Irkutsk Oblast", "Tỉnh Irkutsk", { level: "REGION" });
foreign("ru-cg-danang", "DIPLOMATIC_MISSION", "RU", "Consulate General of Russia in Da Nang", "Tổng Lãnh sự quán Nga tại Đà Nẵng");
foreign("fr-plougastel", "LOCALITY", "FR", "Plougastel-Daoulas", null, { level: "CITY" });
foreign("fr-afd", "GOVERNMENT_AGENCY", "FR", "French Development Agency (AFD)", "Cơ quan Phát triển Pháp");
foreign("fr-ovs-paris", "OVERSEAS_VIETNAMESE_ASSOCIATION", "FR", "Union of Vietnamese in France", "Liên hiệp người Việt Nam tại Pháp");
foreign("de-giz", "GOVERNMENT_AGENCY", "DE", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", null);
foreign("us-emw", "NGO", "US", "East Meets West Foundation", null);
foreign("us-ovs-oc", "OVERSEAS_VIETNAMESE_ASSOCIATION", "US", "Vietnamese American Community of Orange County", "Cộng đồng người Mỹ gốc Việt quận Cam");
foreign("us-unicef", "INTERNATIONAL_ORGANIZATION", "XZ", "UNICEF", "Quỹ Nhi đồng Liên Hợp Quốc");
foreign("au-newcastle", "LOCALITY", "AU", "City of Newcastle", "Thành phố Newcastle", { level: "CITY" });
foreign("au-volunteers", "NGO", "AU", "Australian Volunteers International", null);
foreign("la-champasak", "LOCALITY", "LA", "Champasak Province", "Tỉnh Chăm-pa-sắc", { level: "PROVINCE" });
foreign("kh-sihanouk", "LOCALITY", "KH", "Preah Sihanouk Province", "Tỉnh Preah Sihanouk", { level: "PROVINCE" });
foreign("th-phuket", "LOCALITY", "TH", "Phuket Province", "Tỉnh Phuket", { level: "PROVINCE" });
foreign("sg-temasek", "NGO", "SG", "Temasek Foundation", null);
foreign("ph-adb", "INTERNATIONAL_ORGANIZATION", "XZ", "Asian Development Bank (ADB)", "Ngân hàng Phát triển Châu Á");
foreign("cn-hainan", "LOCALITY", "CN", "Hainan Province", "Tỉnh Hải Nam", { level: "PROVINCE" });
foreign("gb-bc", "OTHER", "GB", "British Council", "Hội đồng Anh");
foreign("ch-who", "INTERNATIONAL_ORGANIZATION", "XZ", "World Health Organization", "Tổ chức Y tế Thế giới");
// Individuals (v2): an honorary citizen and an overseas Vietnamese expert.
foreign("jp-person-sato", "PERSON", "JP", "Sato Kenji, honorary citizen of Khanh Hoa", "Sato Kenji, công dân danh dự tỉnh Khánh Hòa");
foreign("us-person-nguyen", "PERSON", "US", "Dr. Nguyen Van Minh, marine biologist", "TS. Nguyễn Văn Minh, nhà sinh học biển");
// Isolated on purpose: known to the office, no engagement recorded yet.
foreign("nz-ovs-wellington", "OVERSEAS_VIETNAMESE_ASSOCIATION", "NZ", "Vietnamese Association of Wellington", "Hội người Việt tại Wellington");

const memberships = [
  { memberId: "vn-kh-vjfa", organizationId: "vn-kh-ufo", role: "member association", since: "2008-05-19" },
  { memberId: "vn-kh-vrfa", organizationId: "vn-kh-ufo", role: "member association", since: "2008-05-19" },
  { memberId: "vn-kh-vffa", organizationId: "vn-kh-ufo", role: "member association", since: "2011-09-02" },
  { memberId: "vn-kh-ufo", organizationId: "vn-vufo", role: "provincial member", since: "2008-05-19" },
];

// ---------------------------------------------------------------- partnerships
const ps = (id: string, kind: string, title: string, domesticPartyIds: string[], foreignPartyIds: string[], signedOn: string, sectors: string[], endedOn?: string) =>
  ({ id, kind, title, domesticPartyIds, foreignPartyIds, signedOn, ...(endedOn ? { endedOn } : {}), sectors });
const partnerships = [
  ps("ps-kh-wakayama", "SISTER_LOCALITY", "Khanh Hoa – Wakayama friendship and cooperation", ["vn-kh"], ["jp-wakayama"], "2013-10-01", ["CULTURE", "TOURISM", "EDUCATION", "AGRICULTURE_FISHERIES"]),
  ps("ps-nhatrang-gimhae", "SISTER_LOCALITY", "Nha Trang – Gimhae sister cities", ["vn-kh-nhatrang"], ["kr-gimhae"], "2015-05-20", ["CULTURE", "SPORT"]),
  ps("ps-kh-irkutsk", "SISTER_LOCALITY", "Khanh Hoa – Irkutsk cooperation agreement", ["vn-kh"], ["ru-irkutsk"], "2008-06-15", ["TOURISM", "TRADE"]),
  ps("ps-camranh-plougastel", "SISTER_LOCALITY", "Cam Ranh – Plougastel-Daoulas twinning", ["vn-kh-camranh"], ["fr-plougastel"], "2010-04-01", ["CULTURE", "AGRICULTURE_FISHERIES"], "2018-06-30"),
  ps("ps-kh-champasak", "SISTER_LOCALITY", "Khanh Hoa – Champasak comprehensive cooperation", ["vn-kh"], ["la-champasak"], "2012-03-01", ["EDUCATION", "AGRICULTURE_FISHERIES", "GOVERNANCE"]),
  ps("ps-kh-sihanouk", "SISTER_LOCALITY", "Khanh Hoa – Preah Sihanouk sister provinces", ["vn-kh"], ["kh-sihanouk"], "2019-11-10", ["TOURISM", "TRADE"]),
  ps("ps-nhatrang-newcastle", "FRIENDSHIP", "Nha Trang – Newcastle friendship", ["vn-kh-nhatrang"], ["au-newcastle"], "2016-08-08", ["EDUCATION", "CULTURE"]),
  ps("ps-kh-phuket", "FRIENDSHIP", "Khanh Hoa – Phuket tourism friendship", ["vn-kh"], ["th-phuket"], "2018-02-01", ["TOURISM"]),
  ps("ps-ufo-kansai", "FRIENDSHIP", "Friendship with the Vietnamese community in Kansai", ["vn-kh-ufo", "vn-kh-vjfa"], ["jp-ovs-kansai"], "2014-01-25", ["CULTURE", "EDUCATION"]),
  ps("ps-kh-hainan", "COOPERATION", "Khanh Hoa – Hainan tourism cooperation", ["vn-kh"], ["cn-hainan"], "2017-04-12", ["TOURISM", "TRADE"]),
  ps("ps-ntu-wakayama-u", "COOPERATION", "Nha Trang University – Wakayama University academic exchange", ["vn-ntu"], ["jp-wakayama-u"], "2016-09-15", ["EDUCATION", "SCIENCE_TECHNOLOGY"]),
  ps("ps-sg-temasek", "COOPERATION", "Public-service training with Temasek Foundation", ["vn-kh-dofa"], ["sg-temasek"], "2019-03-05", ["GOVERNANCE", "EDUCATION"]),
  ps("ps-dpi-jica", "AID_PROGRAM", "JICA technical cooperation programme", ["vn-kh-dpi"], ["jp-jica"], "2015-01-01", ["ENVIRONMENT", "INVESTMENT"]),
  ps("ps-kr-koica", "AID_PROGRAM", "KOICA education support programme", ["vn-kh-dpi", "vn-kh-dofa"], ["kr-koica"], "2017-06-01", ["EDUCATION"]),
  // Multi-party: two domestic and two foreign parties in two countries.
  ps("ps-community-health", "AID_PROGRAM", "Mountain districts community health programme", ["vn-kh-dofa", "vn-kh-ufo"], ["us-emw", "au-volunteers"], "2016-03-01", ["HEALTH", "SOCIAL_WELFARE"]),
  ps("ps-fr-afd", "AID_PROGRAM", "AFD coastal resilience programme", ["vn-kh-dpi"], ["fr-afd"], "2014-09-01", ["ENVIRONMENT"], "2020-12-31"),
  // Ended on the first day of the 2017-2020 plan period: still in force during it (for one day).
  ps("ps-de-giz", "AID_PROGRAM", "GIZ fisheries management programme", ["vn-kh-dpi"], ["de-giz"], "2011-01-01", ["AGRICULTURE_FISHERIES"], "2017-01-01"),
  ps("ps-dpi-hyosung", "INVESTMENT", "Hyosung investment agreement, Cam Ranh", ["vn-kh-dpi", "vn-kh-camranh"], ["kr-hyosung"], "2018-08-20", ["INVESTMENT", "TRADE"]),
  ps("ps-paccom-unicef", "AID_PROGRAM", "Child nutrition programme", ["vn-paccom", "vn-kh-dofa"], ["us-unicef"], "2018-01-15", ["HEALTH"]),
];

// ---------------------------------------------------------------- activities
type Activity = Record<string, unknown> & { id: string; date: string };
const activities: Activity[] = [];
let activitySeq = 0;
function activity(kind: string, title: string, date: string, organizerIds: string[], extra: Record<string, unknown> = {}) {
  activities.push({ id: `act-${date.slice(0, 4)}-${String(++activitySeq).padStart(3, "0")}`, kind, title, date, organizerIds, ...extra });
}
const money = (amount: number, currency: string) => ({ amount, currency });

// Partnership activities: how many a year, and what they look like. Irkutsk goes quiet after
// September 2016 (a dormant sister relation); Plougastel stops when it ends in 2018.
const RHYTHM: { id: string; organizers: string[]; participants: string[]; perYear: number[]; kinds: string[]; funds?: [number, string] }[] = [
  { id: "ps-kh-wakayama", organizers: ["vn-kh-dofa", "vn-kh-ufo"], participants: ["jp-wakayama"], perYear: [3, 3, 4, 4, 3, 2, 2], kinds: ["DELEGATION_IN", "DELEGATION_OUT", "CULTURAL_EXCHANGE", "TRADE_FAIR", "TRAINING"], funds: [2_000_000, "JPY"] },
  { id: "ps-nhatrang-gimhae", organizers: ["vn-kh-nhatrang"], participants: ["kr-gimhae"], perYear: [1, 1, 1, 0, 1, 1, 0], kinds: ["SPORTS_EXCHANGE", "CULTURAL_EXCHANGE"], funds: [15_000_000, "KRW"] },
  { id: "ps-kh-irkutsk", organizers: ["vn-kh-dofa"], participants: ["ru-irkutsk"], perYear: [1, 1, 0, 0, 0, 0, 0], kinds: ["DELEGATION_IN", "DELEGATION_OUT"] },
  { id: "ps-camranh-plougastel", organizers: ["vn-kh-camranh", "vn-kh-vffa"], participants: ["fr-plougastel"], perYear: [1, 1, 1, 0, 0, 0, 0], kinds: ["CULTURAL_EXCHANGE", "DELEGATION_IN"], funds: [8_000, "EUR"] },
  { id: "ps-kh-champasak", organizers: ["vn-kh-dofa", "vn-kh-pc"], participants: ["la-champasak"], perYear: [2, 2, 2, 2, 2, 1, 1], kinds: ["DELEGATION_IN", "DELEGATION_OUT", "TRAINING", "RECEPTION"], funds: [150_000_000, "LAK"] },
  { id: "ps-kh-sihanouk", organizers: ["vn-kh-dofa"], participants: ["kh-sihanouk"], perYear: [0, 0, 0, 0, 1, 1, 2], kinds: ["DELEGATION_OUT", "INVESTMENT_PROMOTION"] },
  { id: "ps-nhatrang-newcastle", organizers: ["vn-kh-nhatrang"], participants: ["au-newcastle"], perYear: [0, 1, 1, 2, 1, 0, 1], kinds: ["CULTURAL_EXCHANGE", "TRAINING"], funds: [12_000, "AUD"] },
  { id: "ps-kh-phuket", organizers: ["vn-kh-dofa"], participants: ["th-phuket"], perYear: [0, 0, 0, 2, 1, 1, 1], kinds: ["TRADE_FAIR", "DELEGATION_IN"], funds: [400_000, "THB"] },
  { id: "ps-ufo-kansai", organizers: ["vn-kh-ufo", "vn-kh-vjfa"], participants: ["jp-ovs-kansai"], perYear: [1, 1, 1, 1, 1, 1, 1], kinds: ["RECEPTION", "CULTURAL_EXCHANGE"], funds: [500_000, "JPY"] },
  { id: "ps-kh-hainan", organizers: ["vn-kh-dofa"], participants: ["cn-hainan"], perYear: [0, 0, 1, 1, 1, 0, 0], kinds: ["INVESTMENT_PROMOTION", "DELEGATION_IN"], funds: [200_000, "CNY"] },
  { id: "ps-ntu-wakayama-u", organizers: ["vn-ntu"], participants: ["jp-wakayama-u"], perYear: [0, 1, 2, 2, 2, 1, 1], kinds: ["WORKSHOP", "TRAINING", "CONFERENCE"] },
  { id: "ps-sg-temasek", organizers: ["vn-kh-dofa"], participants: ["sg-temasek"], perYear: [0, 0, 0, 0, 2, 1, 1], kinds: ["TRAINING"], funds: [40_000, "SGD"] },
  { id: "ps-dpi-jica", organizers: ["vn-kh-dpi"], participants: ["jp-jica"], perYear: [1, 1, 1, 1, 1, 1, 0], kinds: ["WORKSHOP", "AID_MOBILIZATION"] },
  { id: "ps-kr-koica", organizers: ["vn-kh-dpi"], participants: ["kr-koica"], perYear: [0, 0, 1, 1, 1, 0, 0], kinds: ["AID_MOBILIZATION", "WORKSHOP"] },
  { id: "ps-community-health", organizers: ["vn-kh-ufo"], participants: ["us-emw", "au-volunteers"], perYear: [0, 1, 1, 1, 1, 1, 1], kinds: ["TRAINING", "AID_MOBILIZATION"], funds: [25_000, "USD"] },
  { id: "ps-fr-afd", organizers: ["vn-kh-dpi"], participants: ["fr-afd"], perYear: [1, 1, 1, 1, 1, 1, 0], kinds: ["WORKSHOP", "CONFERENCE"] },
  { id: "ps-dpi-hyosung", organizers: ["vn-kh-dpi"], participants: ["kr-hyosung"], perYear: [0, 0, 0, 2, 1, 0, 1], kinds: ["INVESTMENT_PROMOTION", "DELEGATION_IN"] },
  { id: "ps-paccom-unicef", organizers: ["vn-kh-dofa"], participants: ["us-unicef"], perYear: [0, 0, 0, 1, 1, 1, 1], kinds: ["AID_MOBILIZATION", "WORKSHOP"], funds: [30_000, "USD"] },
];
const KIND_TITLE: Record<string, string> = {
  DELEGATION_IN: "Visit of a delegation from", DELEGATION_OUT: "Provincial delegation to", CULTURAL_EXCHANGE: "Cultural exchange with",
  SPORTS_EXCHANGE: "Sports exchange with", TRADE_FAIR: "Trade fair with", TRAINING: "Training course with", RECEPTION: "Reception for",
  INVESTMENT_PROMOTION: "Investment promotion with", WORKSHOP: "Workshop with", CONFERENCE: "Conference with", AID_MOBILIZATION: "Aid mobilisation meeting with",
};
const nameOf = (id: string) => String(actors.find((a) => a.id === id)!.name);
for (let year = 2015; year <= 2021; year++) {
  for (const r of RHYTHM) {
    for (let i = 0; i < r.perYear[year - 2015]; i++) {
      const kind = pick(r.kinds);
      const funded = r.funds && random.chance(0.6);
      activity(kind, `${KIND_TITLE[kind]} ${nameOf(r.participants[0])}`, dateIn(year), r.organizers, {
        partnershipId: r.id, participantIds: r.participants, sectors: [pick(partnerships.find((p) => p.id === r.id)!.sectors)],
        ...(funded ? { funds: money(Math.round(r.funds![0] * (0.5 + random.float())), r.funds![1]) } : {}),
      });
    }
  }
}
// The last contact with Irkutsk: September 2016 (dormant by 2020-12-31 at the default 730 days).
activity("DELEGATION_IN", "Visit of an Irkutsk tourism delegation", "2016-09-20", ["vn-kh-dofa"], { partnershipId: "ps-kh-irkutsk", participantIds: ["ru-irkutsk"], sectors: ["TOURISM"], outcome: "Agreed to study direct charter flights; no follow-up since." });
// Activities outside any partnership, some with partners from several countries.
for (let year = 2015; year <= 2021; year++) {
  activity("RECEPTION", `Lunar New Year (Tết) meeting with overseas Vietnamese, ${year}`, `${year}-01-${pad(20 + (year % 5))}`, ["vn-kh-ufo", "vn-kh-vff"], {
    participantIds: ["jp-ovs-kansai", "fr-ovs-paris", "us-ovs-oc"], sectors: ["CULTURE"],
  });
  activity("CONFERENCE", `Meeting with consular missions, ${year}`, dateIn(year, 3, 5), ["vn-kh-dofa"], {
    participantIds: ["jp-cg-hcmc", "kr-cg-hcmc", ...(year >= 2017 ? ["ru-cg-danang"] : [])], sectors: ["GOVERNANCE"],
  });
  if (year >= 2016) {
    activity("TRADE_FAIR", `Nha Trang sea festival trade fair, ${year}`, dateIn(year, 6, 7), ["vn-kh-dpi", "vn-kh-khatoco", "vn-kh-yensao"], {
      participantIds: year % 2 === 0 ? ["kr-hyosung", "jp-wakayama"] : ["th-phuket", "cn-hainan"], sectors: ["TRADE", "TOURISM"],
      outcome: "Local products shown to foreign buyers.",
    });
  }
}
activity("PRESS_VISIT", "NHK World reporting trip on Khanh Hoa's islands and bays", "2018-04-11", ["vn-kh-dofa", "vn-kh-dic"], { participantIds: ["jp-nhk"], sectors: ["INFORMATION_MEDIA", "TOURISM"] });
activity("EXHIBITION", "Exhibition on Hoang Sa and Truong Sa for foreign visitors", "2019-05-17", ["vn-kh-dic", "vn-kh-truongsa"], { participantIds: ["gb-bc", "au-volunteers"], sectors: ["INFORMATION_MEDIA"] });
activity("WORKSHOP", "Workshop with WHO on primary health care in mountain districts", "2020-10-06", ["vn-kh-dofa"], { participantIds: ["ch-who"], sectors: ["HEALTH"], funds: money(18_000, "USD") });
activity("TRAINING", "People-to-people diplomacy training with VUFO", "2018-08-14", ["vn-kh-ufo", "vn-vufo"], { sectors: ["GOVERNANCE"] });
activity("AID_MOBILIZATION", "PACCOM briefing on foreign NGO aid", "2017-11-03", ["vn-kh-ufo", "vn-paccom"], { participantIds: ["kr-goodneighbors", "us-emw"], sectors: ["SOCIAL_WELFARE"] });
activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
activities.forEach((a, i) => (a.id = `act-${a.date.slice(0, 4)}-${String(i + 1).padStart(3, "0")}`));

// ---------------------------------------------------------------- projects
const project = (id: string, title: string, status: string, fundingType: string, startOn: string, endOn: string | null, funderIds: string[], implementerIds: string[],
  localityIds: string[], dacCode: string, committed: [number, string], disbursed: [number, string] | null, partnershipId: string | null, sectors: string[]) => ({
  id, title, status, fundingType, startOn, ...(endOn ? { endOn } : {}), ...(partnershipId ? { partnershipId } : {}), funderIds, implementerIds, localityIds,
  sectors, dacCode, committed: money(...committed), ...(disbursed ? { disbursed: money(...disbursed) } : {}),
});
const projects = [
  project("prj-jica-camlam-water", "Cam Lam rural water supply", "ACTIVE", "ODA", "2016-04-01", null, ["jp-jica"], ["vn-kh-dpi"], ["vn-kh-camlam"], "14030", [2_400_000_000, "JPY"], [1_500_000_000, "JPY"], "ps-dpi-jica", ["ENVIRONMENT", "HEALTH"]),
  project("prj-koica-schools", "Primary schools for Khanh Son and Khanh Vinh", "COMPLETED", "ODA", "2017-07-01", "2019-12-31", ["kr-koica"], ["vn-kh-dof", "vn-kh-dpi"], ["vn-kh-khanhson", "vn-kh-khanhvinh"], "11220", [3_000_000_000, "KRW"], [3_000_000_000, "KRW"], "ps-kr-koica", ["EDUCATION"]),
  project("prj-emw-health", "Community health stations in mountain districts", "ACTIVE", "NGO_AID", "2016-06-01", null, ["us-emw", "au-volunteers"], ["vn-kh-ufo"], ["vn-kh-khanhson", "vn-kh-khanhvinh"], "12220", [450_000, "USD"], [310_000, "USD"], "ps-community-health", ["HEALTH"]),
  project("prj-afd-coast", "Coastal erosion and flood resilience", "COMPLETED", "ODA", "2015-01-01", "2020-06-30", ["fr-afd"], ["vn-kh-dpi"], ["vn-kh-nhatrang", "vn-kh-ninhhoa"], "41010", [12_000_000, "EUR"], [11_400_000, "EUR"], "ps-fr-afd", ["ENVIRONMENT"]),
  project("prj-giz-fisheries", "Co-management of coastal fisheries", "COMPLETED", "ODA", "2012-03-01", "2016-12-31", ["de-giz"], ["vn-kh-dpi", "vn-ntu"], ["vn-kh-vanninh"], "31320", [3_500_000, "EUR"], [3_500_000, "EUR"], "ps-de-giz", ["AGRICULTURE_FISHERIES"]),
  project("prj-hyosung-plant", "Hyosung steel-wire plant, Cam Ranh", "ACTIVE", "FDI", "2018-09-01", null, ["kr-hyosung"], ["vn-kh-dpi"], ["vn-kh-camranh"], "32110", [120_000_000, "USD"], [65_000_000, "USD"], "ps-dpi-hyosung", ["INVESTMENT"]),
  project("prj-temasek-training", "Public-service leadership training", "COMPLETED", "NGO_AID", "2019-04-01", "2020-11-30", ["sg-temasek"], ["vn-kh-dofa"], ["vn-kh"], "15110", [300_000, "SGD"], [290_000, "SGD"], "ps-sg-temasek", ["GOVERNANCE"]),
  project("prj-goodneighbors-water", "Clean water for Van Ninh schools", "CANCELLED", "NGO_AID", "2018-03-01", null, ["kr-goodneighbors"], ["vn-kh-ufo"], ["vn-kh-vanninh"], "14030", [80_000, "USD"], null, null, ["HEALTH"]),
  project("prj-champasak-rice", "Rice-farming demonstration in Champasak", "SUSPENDED", "PUBLIC_DOMESTIC", "2019-02-01", null, ["vn-kh-dof"], ["vn-ntu"], ["la-champasak"], "31161", [4_000_000_000, "VND"], [1_200_000_000, "VND"], "ps-kh-champasak", ["AGRICULTURE_FISHERIES"]),
  project("prj-unicef-nutrition", "Child nutrition in mountain communes", "ACTIVE", "OTHER", "2018-05-01", null, ["us-unicef"], ["vn-kh-dofa", "vn-kh-women"], ["vn-kh-khanhson"], "12240", [600_000, "USD"], [420_000, "USD"], "ps-paccom-unicef", ["HEALTH", "SOCIAL_WELFARE"]),
  project("prj-kansai-scholarship", "Scholarships from the Vietnamese in Kansai", "ACTIVE", "PRIVATE", "2017-09-01", null, ["jp-ovs-kansai"], ["vn-kh-ufo", "vn-khu"], ["vn-kh"], "11420", [6_000_000, "JPY"], [4_000_000, "JPY"], "ps-ufo-kansai", ["EDUCATION"]),
  project("prj-adb-road", "Coastal road upgrade, Van Phong", "ACTIVE", "ODA", "2019-01-01", null, ["ph-adb"], ["vn-kh-dpi"], ["vn-kh-vanninh", "vn-kh-ninhhoa"], "21020", [25_000_000, "USD"], [6_000_000, "USD"], null, ["INVESTMENT"]),
  project("prj-wakayama-fisheries", "Fish-farming technology transfer from Wakayama", "PIPELINE", "OTHER", "2021-06-01", null, ["jp-wakayama"], ["vn-ntu"], ["vn-kh-camranh"], "31320", [30_000_000, "JPY"], null, "ps-kh-wakayama", ["AGRICULTURE_FISHERIES"]),
  project("prj-wakayama-tourism", "Joint tourism promotion Khanh Hoa – Wakayama", "COMPLETED", "PUBLIC_DOMESTIC", "2018-01-15", "2019-12-31", ["jp-wakayama", "vn-kh-dof"], ["vn-kh-dofa"], ["vn-kh-nhatrang"], "33210", [15_000_000, "JPY"], [15_000_000, "JPY"], "ps-kh-wakayama", ["TOURISM"]),
  project("prj-phuket-tourism", "Phuket – Nha Trang tourism route study", "COMPLETED", "OTHER", "2019-03-01", "2019-12-31", ["th-phuket"], ["vn-kh-dofa"], ["vn-kh-nhatrang"], "33210", [1_500_000, "THB"], [1_500_000, "THB"], "ps-kh-phuket", ["TOURISM"]),
];

// ---------------------------------------------------------------- reviews
const reviews: Record<string, unknown>[] = [];
const REVIEWS: [string, string, [number, string][]][] = [
  // partnership, reviewer, [score, recommendation] for 2017..2020 (score 0 = no review that year)
  ["ps-kh-wakayama", "vn-kh-dofa", [[5, "STRENGTHEN"], [5, "STRENGTHEN"], [4, "CONTINUE"], [5, "STRENGTHEN"]]],
  ["ps-nhatrang-gimhae", "vn-kh-dofa", [[2, "RESTRUCTURE"], [2, "RESTRUCTURE"], [2, "RESTRUCTURE"], [3, "CONTINUE"]]],
  ["ps-kh-irkutsk", "vn-kh-dofa", [[2, "RESTRUCTURE"], [1, "SUSPEND"], [0, ""], [1, "TERMINATE"]]],
  ["ps-camranh-plougastel", "vn-kh-ufo", [[2, "RESTRUCTURE"], [0, ""], [0, ""], [0, ""]]],
  ["ps-kh-champasak", "vn-kh-dofa", [[4, "CONTINUE"], [3, "CONTINUE"], [4, "STRENGTHEN"], [4, "CONTINUE"]]],
  ["ps-kh-sihanouk", "vn-kh-dofa", [[0, ""], [0, ""], [0, ""], [3, "STRENGTHEN"]]],
  ["ps-nhatrang-newcastle", "vn-kh-ufo", [[3, "CONTINUE"], [4, "CONTINUE"], [3, "CONTINUE"], [3, "CONTINUE"]]],
  ["ps-kh-phuket", "vn-kh-dofa", [[0, ""], [3, "CONTINUE"], [3, "CONTINUE"], [2, "RESTRUCTURE"]]],
  ["ps-ufo-kansai", "vn-kh-ufo", [[4, "CONTINUE"], [4, "CONTINUE"], [5, "STRENGTHEN"], [4, "CONTINUE"]]],
];
for (const [partnershipId, reviewerId, scores] of REVIEWS) {
  scores.forEach(([score, recommendation], i) => {
    if (score === 0) return;
    const year = 2017 + i;
    reviews.push({ id: `rev-${partnershipId.slice(3)}-${year}`, partnershipId, year, score, recommendation, reviewedOn: `${year}-12-${pad(5 + (i % 3))}`, reviewerId });
  });
}
// Two reviews of the same partnership in the same year: the later one (December) is the latest review.
reviews.push({ id: "rev-nhatrang-gimhae-2019-mid", partnershipId: "ps-nhatrang-gimhae", year: 2019, score: 1, recommendation: "SUSPEND", reviewedOn: "2019-06-28", reviewerId: "vn-kh-ufo", findings: "Mid-year review: no exchange since the 2018 football tournament." });
for (const r of reviews) if (r.partnershipId === "ps-kh-irkutsk") r.findings = "No delegation or exchange since September 2016.";

// ---------------------------------------------------------------- the plan (seed) and its reports
const plan = {
  id: "plan-2017-2020",
  title: "Plan for people-to-people diplomacy in Khanh Hoa province, 2017-2020",
  titleVi: "Kế hoạch triển khai công tác đối ngoại nhân dân trên địa bàn tỉnh Khánh Hòa giai đoạn 2017-2020",
  issuedOn: "2017-04-20",
  issuerId: "vn-kh-pc",
  fromYear: 2017,
  toYear: 2020,
  reportDeadline: "12-15",
  // Section II.4: South-East Asia and Japan, Korea, the US, Australia, Canada, Russia, France, Laos, Cambodia…; III.1 adds the UK.
  priorityCountries: ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "JP", "KR", "US", "AU", "CA", "RU", "FR", "GB"],
  tasks: [
    { id: "task-iii-1", title: "Foreign information, delegations, investment promotion and overseas Vietnamese", titleVi: "Thông tin đối ngoại, đoàn ra đoàn vào, xúc tiến đầu tư và công tác người Việt Nam ở nước ngoài", assigneeIds: ["vn-kh-dofa"], sectors: ["INFORMATION_MEDIA", "INVESTMENT"] },
    { id: "task-iii-2", title: "Inform the public about ASEAN countries and peoples", titleVi: "Tuyên truyền về đất nước, con người các quốc gia ASEAN", assigneeIds: ["vn-kh-dic"], sectors: ["INFORMATION_MEDIA"] },
    { id: "task-iii-3", title: "Mobilise foreign partners for ODA, FDI and foreign NGO aid", titleVi: "Vận động nguồn vốn ODA, FDI và viện trợ phi chính phủ nước ngoài", assigneeIds: ["vn-kh-dpi"], sectors: ["INVESTMENT"] },
    { id: "task-iii-4", title: "Budget for people-to-people diplomacy", titleVi: "Bố trí kinh phí thực hiện công tác đối ngoại nhân dân", assigneeIds: ["vn-kh-dof"], sectors: ["GOVERNANCE"] },
    { id: "task-iii-5", title: "Focal point for people-to-people diplomacy; ASEAN and neighbours; PACCOM and VUFO", titleVi: "Đầu mối công tác đối ngoại nhân dân; phối hợp PACCOM và Liên hiệp các tổ chức hữu nghị Việt Nam", assigneeIds: ["vn-kh-ufo"], sectors: ["CULTURE", "SOCIAL_WELFARE"] },
    { id: "task-iii-6", title: "Departments, mass organisations, districts, universities and enterprises: carry out the plan, review sister relations, report yearly", titleVi: "Các sở, ngành, đoàn thể, huyện, thị xã, thành phố, trường đại học, doanh nghiệp: triển khai, đánh giá quan hệ kết nghĩa, báo cáo hằng năm",
      assigneeIds: ["vn-kh-vff", "vn-kh-women", "vn-kh-youth", ...DISTRICTS.map(([id]) => id), "vn-ntu", "vn-khu", "vn-kh-khatoco"], sectors: ["GOVERNANCE"] },
  ],
};
const reporters = [...new Set(plan.tasks.flatMap((t) => t.assigneeIds))].sort();
// Late: Khanh Son 2018 and Truong Sa 2019. Missing: Khanh Vinh 2017, Khatoco 2019 and 2020.
const LATE: Record<string, string> = { "vn-kh-khanhson/2018": "2018-12-20", "vn-kh-truongsa/2019": "2019-12-27" };
const MISSING = new Set(["vn-kh-khanhvinh/2017", "vn-kh-khatoco/2019", "vn-kh-khatoco/2020"]);
const reports: Record<string, unknown>[] = [];
for (let year = 2017; year <= 2020; year++) {
  for (const unitId of reporters) {
    const key = `${unitId}/${year}`;
    if (MISSING.has(key)) continue;
    // 2020: the Department of Foreign Affairs files on the deadline day itself.
    const submittedOn = LATE[key] ?? (unitId === "vn-kh-dofa" && year === 2020 ? "2020-12-15" : dateIn(year, 11, 12).replace(/-12-(1[6-9]|2\d)$/, "-12-10"));
    reports.push({ id: `rep-${year}-${unitId.replace(/^vn-/, "")}`, planId: plan.id, unitId, year, submittedOn });
  }
}

// ---------------------------------------------------------------- v2: agreements, titles, tasks, permits
// Deterministic (no random draw), so that every v1 record above stays what it was.
const PARTNERSHIP_TITLE_VI: Record<string, string> = {
  "ps-kh-wakayama": "Hữu nghị và hợp tác Khánh Hòa – Wakayama",
  "ps-nhatrang-gimhae": "Kết nghĩa Nha Trang – Gimhae",
  "ps-kh-irkutsk": "Thỏa thuận hợp tác Khánh Hòa – Irkutsk",
  "ps-camranh-plougastel": "Kết nghĩa Cam Ranh – Plougastel-Daoulas",
  "ps-kh-champasak": "Hợp tác toàn diện Khánh Hòa – Chăm-pa-sắc",
  "ps-kh-sihanouk": "Kết nghĩa Khánh Hòa – Preah Sihanouk",
  "ps-nhatrang-newcastle": "Hữu nghị Nha Trang – Newcastle",
  "ps-kh-phuket": "Hữu nghị du lịch Khánh Hòa – Phuket",
  "ps-ufo-kansai": "Quan hệ hữu nghị với cộng đồng người Việt tại Kansai",
  "ps-kh-hainan": "Hợp tác du lịch Khánh Hòa – Hải Nam",
  "ps-ntu-wakayama-u": "Trao đổi học thuật Trường Đại học Nha Trang – Đại học Wakayama",
  "ps-sg-temasek": "Đào tạo công chức với Quỹ Temasek",
  "ps-dpi-jica": "Chương trình hợp tác kỹ thuật JICA",
  "ps-kr-koica": "Chương trình hỗ trợ giáo dục KOICA",
  "ps-community-health": "Chương trình y tế cộng đồng các huyện miền núi",
  "ps-fr-afd": "Chương trình chống chịu vùng ven biển AFD",
  "ps-de-giz": "Chương trình quản lý nghề cá GIZ",
  "ps-dpi-hyosung": "Thỏa thuận đầu tư Hyosung tại Cam Ranh",
  "ps-paccom-unicef": "Chương trình dinh dưỡng trẻ em",
};
// Agreements: terms, renewals, reporting to the central authority (due 15 days after signing) and
// commitments, some kept and some not. Champasak and Gimhae were reported late, Sihanouk never.
const AGREEMENTS: Record<string, Record<string, unknown>> = {
  "ps-kh-wakayama": {
    documentNumber: "01/2013/TTHT", termYears: 5, renewals: [{ renewedOn: "2018-09-20", expiresOn: "2023-09-20" }], reportedOn: "2013-10-10",
    commitments: [
      { id: "cm-wakayama-delegations", description: "Hai đoàn mỗi năm (đoàn vào hoặc đoàn ra)", kind: "ACTIVITIES", target: 2, perYear: true, activityKinds: ["DELEGATION_IN", "DELEGATION_OUT"] },
      { id: "cm-wakayama-funds", description: "100.000 USD vốn hợp tác trong kỳ kế hoạch", kind: "FUNDS_USD", target: 100_000, perYear: false },
    ],
  },
  "ps-nhatrang-gimhae": {
    documentNumber: "07/2015/KN", termYears: 5, renewals: [{ renewedOn: "2020-05-15", expiresOn: "2025-05-20" }], reportedOn: "2015-06-30",
    commitments: [{ id: "cm-gimhae-exchanges", description: "Một hoạt động mỗi năm", kind: "ACTIVITIES", target: 1, perYear: true }],
  },
  "ps-kh-irkutsk": { documentNumber: "03/2008/HĐHT", expiresOn: "2018-06-15", reportedOn: "2008-06-25" },
  "ps-kh-champasak": {
    documentNumber: "02/2012/TTHT", expiresOn: "2021-03-01", reportedOn: "2012-03-30",
    commitments: [{ id: "cm-champasak-training", description: "Một khóa đào tạo mỗi năm", kind: "ACTIVITIES", target: 1, perYear: true, activityKinds: ["TRAINING"] }],
  },
  "ps-kh-sihanouk": { documentNumber: "05/2019/KN", termYears: 5 },
  "ps-kh-hainan": {
    documentNumber: "04/2017/TTHT", termYears: 3, reportedOn: "2017-04-20",
    commitments: [{ id: "cm-hainan-funds", description: "50.000 USD xúc tiến du lịch", kind: "FUNDS_USD", target: 50_000, perYear: false }],
  },
  "ps-kh-phuket": { documentNumber: "01/2018/HN", expiresOn: "2023-02-01", reportedOn: "2018-02-10" },
};
for (const p of partnerships as Record<string, unknown>[]) Object.assign(p, { titleVi: PARTNERSHIP_TITLE_VI[p.id as string] }, AGREEMENTS[p.id as string] ?? {});

const KIND_TITLE_VI: Record<string, string> = {
  DELEGATION_IN: "Đón đoàn", DELEGATION_OUT: "Đoàn của tỉnh thăm", CULTURAL_EXCHANGE: "Giao lưu văn hóa với",
  SPORTS_EXCHANGE: "Giao lưu thể thao với", TRADE_FAIR: "Hội chợ thương mại với", TRAINING: "Khóa đào tạo với", RECEPTION: "Tiếp",
  INVESTMENT_PROMOTION: "Xúc tiến đầu tư với", WORKSHOP: "Hội thảo với", CONFERENCE: "Hội nghị với", AID_MOBILIZATION: "Vận động viện trợ với",
};
const nameViOf = (id: string) => String(actors.find((a) => a.id === id)!.nameVi ?? actors.find((a) => a.id === id)!.name);
const countryOf = (id: string) => String(actors.find((a) => a.id === id)!.country);
/** The plan task an activity of the plan's years serves, from who organised it and what it was. */
function taskOf(a: Activity): string | undefined {
  const year = Number(a.date.slice(0, 4));
  if (year < plan.fromYear || year > plan.toYear) return undefined;
  const by = a.organizerIds as string[];
  const kind = a.kind as string;
  if (by.includes("vn-kh-dic")) return "task-iii-2";
  if (by.includes("vn-kh-dpi")) return "task-iii-3";
  if (by.includes("vn-kh-dofa") && ["DELEGATION_IN", "DELEGATION_OUT", "INVESTMENT_PROMOTION", "PRESS_VISIT", "CONFERENCE"].includes(kind)) return "task-iii-1";
  if (by.includes("vn-kh-ufo")) return "task-iii-5";
  if (by.some((id) => id === "vn-kh-nhatrang" || id === "vn-kh-camranh" || id === "vn-ntu")) return "task-iii-6";
  return undefined;
}
activities.forEach((a, i) => {
  const partner = (a.participantIds as string[] | undefined)?.[0];
  const prefix = KIND_TITLE_VI[a.kind as string];
  if (prefix && partner && String(a.title).startsWith(KIND_TITLE[a.kind as string])) a.titleVi = `${prefix} ${nameViOf(partner)}`;
  const taskId = taskOf(a);
  if (taskId) a.taskId = taskId;
  if (a.kind === "DELEGATION_OUT" && partner) a.venueCountry = countryOf(partner);
  if (a.kind === "DELEGATION_IN") a.venueCountry = "VN";
  if (a.kind === "DELEGATION_IN" || a.kind === "DELEGATION_OUT") a.delegationSize = 4 + (i % 9);
});
// The individuals' engagements.
activities.push(
  { id: "act-2019-p01", kind: "RECEPTION", title: "Honorary citizenship for Sato Kenji", titleVi: "Trao danh hiệu công dân danh dự cho ông Sato Kenji", date: "2019-10-02",
    organizerIds: ["vn-kh-pc"], participantIds: ["jp-person-sato"], sectors: ["CULTURE"] },
  { id: "act-2020-p02", kind: "WORKSHOP", title: "Coral reef workshop with Dr. Nguyen Van Minh", titleVi: "Hội thảo về rạn san hô với TS. Nguyễn Văn Minh", date: "2020-07-14",
    organizerIds: ["vn-ntu"], participantIds: ["us-person-nguyen"], sectors: ["ENVIRONMENT", "SCIENCE_TECHNOLOGY"], taskId: "task-iii-6" },
);

const PROJECT_TITLE_VI: Record<string, string> = {
  "prj-jica-camlam-water": "Cấp nước sinh hoạt nông thôn Cam Lâm",
  "prj-koica-schools": "Trường tiểu học cho Khánh Sơn và Khánh Vĩnh",
  "prj-emw-health": "Trạm y tế cộng đồng các huyện miền núi",
  "prj-afd-coast": "Chống xói lở bờ biển và ngập lụt",
  "prj-giz-fisheries": "Đồng quản lý nghề cá ven biển",
  "prj-hyosung-plant": "Nhà máy dây thép Hyosung, Cam Ranh",
  "prj-temasek-training": "Đào tạo lãnh đạo khu vực công",
  "prj-goodneighbors-water": "Nước sạch cho trường học Vạn Ninh",
  "prj-champasak-rice": "Trình diễn canh tác lúa tại Chăm-pa-sắc",
  "prj-unicef-nutrition": "Dinh dưỡng trẻ em các xã miền núi",
  "prj-kansai-scholarship": "Học bổng của cộng đồng người Việt tại Kansai",
  "prj-adb-road": "Nâng cấp đường ven biển Vân Phong",
  "prj-wakayama-fisheries": "Chuyển giao công nghệ nuôi cá từ Wakayama",
  "prj-wakayama-tourism": "Xúc tiến du lịch chung Khánh Hòa – Wakayama",
  "prj-phuket-tourism": "Nghiên cứu tuyến du lịch Phuket – Nha Trang",
};
for (const p of projects as Record<string, unknown>[]) p.titleVi = PROJECT_TITLE_VI[p.id as string];

// Foreign NGOs' permits at the end of 2020: valid (Australian Volunteers), expiring within 90 days
// (East Meets West), expired (Good Neighbors); Temasek Foundation works with none.
const permits = [
  { id: "permit-au-volunteers", actorId: "au-volunteers", kind: "REPRESENTATIVE_OFFICE", number: "112/BNG-GĐK", issuedOn: "2014-01-10", sectors: ["HEALTH", "EDUCATION"] },
  { id: "permit-us-emw", actorId: "us-emw", kind: "PROJECT_OFFICE", number: "087/BNG-GĐK", issuedOn: "2015-06-01", expiresOn: "2021-02-28", sectors: ["HEALTH"] },
  { id: "permit-kr-goodneighbors", actorId: "kr-goodneighbors", kind: "OPERATION_REGISTRATION", number: "203/BNG-GĐK", issuedOn: "2016-01-01", expiresOn: "2019-12-31", sectors: ["SOCIAL_WELFARE"] },
];

// Ninh Thuan's own relation (v2): with includePredecessors, Khanh Hoa's partnerships include it.
(partnerships as Record<string, unknown>[]).push({
  id: "ps-nt-champasak", kind: "FRIENDSHIP", title: "Ninh Thuan – Champasak friendship", titleVi: "Hữu nghị Ninh Thuận – Chăm-pa-sắc",
  domesticPartyIds: ["vn-nt"], foreignPartyIds: ["la-champasak"], signedOn: "2016-05-10", sectors: ["AGRICULTURE_FISHERIES"],
  documentNumber: "09/2016/HN", reportedOn: "2016-05-20",
});

const dataset = {
  format: "partner-network/v2",
  countries, exchangeRates, actors, memberships, partnerships, activities, projects, reviews, plans: [plan], reports, permits,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(dataset, null, 2) + "\n");
console.log(`Wrote ${OUT}: ${actors.length} actors, ${partnerships.length} partnerships, ${activities.length} activities, ${projects.length} projects, ${reviews.length} reviews, ${reports.length} reports`);
