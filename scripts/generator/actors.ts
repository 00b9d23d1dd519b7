/**
 * The actors of a generated network and their memberships.
 *
 * Domestic side: national bodies (the ministry, VUFO, PACCOM), then per province its four core
 * units (the province, its People's Committee, its Department of Foreign Affairs, its Union of
 * Friendship Organizations), then the province's districts, communes, departments, mass
 * organisations, friendship associations, schools, enterprises and press. Big provinces get more
 * units than small ones. Some provinces merged into another on 2025-07-01, as in the 2025 reform.
 *
 * Foreign side: partners in many countries (weighted as in vocabulary.ts), of every kind.
 *
 * Prominence: every actor gets a Zipf weight from its rank (see zipf.ts). On the domestic side the
 * national bodies, the Departments of Foreign Affairs and the Unions of Friendship Organizations
 * rank first, as they organise most of the work; on the foreign side the ranks are shuffled. The
 * samplers built from these weights choose who takes part in what, which makes the degrees
 * follow a power law.
 */
import type { ActorKind, LocalityLevel } from "../../src/domain/enums";
import type { ActorInput, MembershipInput } from "../../src/dataset/format";
import { dayOf, isoDate } from "./dates";
import { type DatasetCounts, DOMESTIC_ZIPF, FOREIGN_ZIPF, domesticCount, LAST_YEAR } from "./presets";
import type { Random } from "./random";
import { countryNames, foreignCountryWeights } from "./reference";
import {
  COUNTRY_WEIGHTS, DEPARTMENTS, DOMESTIC_COUNTRY, DOMESTIC_KINDS, FOREIGN_KINDS, FOREIGN_NAMES, LEVEL_NAMES,
  MASS_ORGANIZATIONS, MEMBERSHIP_ROLES, MISSION_CITIES, VIETNAMESE_SYLLABLES, foreignLocalityLevels,
  syllablesFor, withoutDiacritics,
} from "./vocabulary";
import { AliasTable, SubsetSampler, shuffledZipfWeights, zipfWeight } from "./zipf";

/** A domestic place below a province, remembered to name and attach the units in it. */
interface Place {
  index: number;
  name: string;
  nameVi: string;
}

export interface Province {
  code: string;
  name: string;
  nameVi: string;
  locality: number;
  committee: number;
  foreignAffairs: number;
  friendshipUnion: number;
  /** Merged into another province on 2025-07-01. */
  merged: boolean;
  /** Every domestic actor of the province, core units included. */
  units: number[];
  districts: Place[];
  /** How many departments and mass organisations it has so far (they are named in order). */
  departments: number;
  massOrganizations: number;
}

export interface ActorSamplers {
  domestic: SubsetSampler;
  domesticLocalities: SubsetSampler;
  foreign: SubsetSampler;
  foreignLocalities: SubsetSampler;
  /** Foreign aid givers: NGOs, agencies, international and friendship organisations. */
  foreignDonors: SubsetSampler;
  foreignEnterprises: SubsetSampler;
  /** Organisations actors can be members of (any side). */
  organizations: SubsetSampler;
  /**
   * Flatter versions (Zipf exponent halved) for choosing partnership parties: a hub partner takes
   * part in many more activities than others, but signs only somewhat more agreements.
   */
  domesticParties: SubsetSampler;
  domesticLocalityParties: SubsetSampler;
  foreignParties: SubsetSampler;
  foreignLocalityParties: SubsetSampler;
  foreignDonorParties: SubsetSampler;
  foreignEnterpriseParties: SubsetSampler;
}

/**
 * What later sections need to know about the actors: compact per-actor columns (no record
 * objects are kept), the provinces, and the weighted samplers.
 */
export class ActorTable {
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly kinds: ActorKind[] = [];
  readonly countries: string[] = [];
  /** Province index of a domestic actor; -1 for national bodies and foreign actors. */
  readonly province: number[] = [];
  readonly provinces: Province[] = [];
  /** Domestic friendship associations with the province whose union they belong to. */
  readonly associations: number[] = [];
  /** Actors [0, domesticCount) are DOMESTIC, the rest FOREIGN. */
  domesticCount = 0;
  national = { ministry: -1, vufo: -1, paccom: -1 };
  weights = new Float64Array(0);
  private samplerCache: ActorSamplers | undefined;

  get count(): number {
    return this.ids.length;
  }

  isDomestic(index: number): boolean {
    return index < this.domesticCount;
  }

  /** The Department of Foreign Affairs responsible for a domestic actor (VUFO for national bodies). */
  foreignAffairsOf(index: number): number {
    const p = this.province[index];
    return p >= 0 ? this.provinces[p].foreignAffairs : this.national.vufo;
  }

  get samplers(): ActorSamplers {
    if (!this.samplerCache) throw new Error("ActorTable: weights not assigned yet");
    return this.samplerCache;
  }

  add(id: string, name: string, kind: ActorKind, country: string, province: number): number {
    const index = this.ids.length;
    this.ids.push(id);
    this.names.push(name);
    this.kinds.push(kind);
    this.countries.push(country);
    this.province.push(province);
    if (province >= 0) this.provinces[province].units.push(index);
    return index;
  }

  /** Zipf weights by prominence, then the samplers; call once every actor is in. */
  assignWeights(random: Random): void {
    const n = this.count;
    const d = this.domesticCount;
    this.weights = new Float64Array(n);

    // Domestic: national bodies and the foreign-affairs and friendship units first, then the
    // provinces and their committees, then everyone else; shuffled within each tier.
    const core = [this.national.ministry, this.national.vufo, this.national.paccom];
    const second: number[] = [];
    for (const p of this.provinces) {
      core.push(p.foreignAffairs, p.friendshipUnion);
      second.push(p.locality, p.committee);
    }
    const tiered = new Set([...core, ...second]);
    const rest: number[] = [];
    for (let i = 0; i < d; i++) if (!tiered.has(i)) rest.push(i);
    random.shuffle(core);
    random.shuffle(second);
    random.shuffle(rest);
    let rank = 1;
    for (const i of [...core, ...second, ...rest]) this.weights[i] = zipfWeight(rank++, DOMESTIC_ZIPF);

    const foreign = shuffledZipfWeights(n - d, FOREIGN_ZIPF, random);
    this.weights.set(foreign, d);

    const flat = this.weights.map(Math.sqrt);
    const select = (from: number, to: number, keep: (i: number) => boolean) => {
      const out: number[] = [];
      for (let i = from; i < to; i++) if (keep(i)) out.push(i);
      return Int32Array.from(out);
    };
    const all = () => true;
    const kindIn = (...kinds: ActorKind[]) => (i: number) => kinds.includes(this.kinds[i]);
    const donor = kindIn("NGO", "GOVERNMENT_AGENCY", "INTERNATIONAL_ORGANIZATION", "FRIENDSHIP_ORGANIZATION");
    const sets = {
      domestic: select(0, d, all),
      domesticLocalities: select(0, d, kindIn("LOCALITY")),
      foreign: select(d, n, all),
      foreignLocalities: select(d, n, kindIn("LOCALITY")),
      foreignDonors: select(d, n, donor),
      foreignEnterprises: select(d, n, kindIn("ENTERPRISE")),
      organizations: select(0, n, kindIn("FRIENDSHIP_ORGANIZATION", "INTERNATIONAL_ORGANIZATION", "MASS_ORGANIZATION")),
    };
    // A subset can be empty in a very small network: fall back to the whole side.
    const orElse = (set: Int32Array, fallback: Int32Array) => (set.length > 0 ? set : fallback);
    const sampler = (set: Int32Array, w: Float64Array) => new SubsetSampler(set, w);
    this.samplerCache = {
      domestic: sampler(sets.domestic, this.weights),
      domesticLocalities: sampler(sets.domesticLocalities, this.weights),
      foreign: sampler(sets.foreign, this.weights),
      foreignLocalities: sampler(orElse(sets.foreignLocalities, sets.foreign), this.weights),
      foreignDonors: sampler(orElse(sets.foreignDonors, sets.foreign), this.weights),
      foreignEnterprises: sampler(orElse(sets.foreignEnterprises, sets.foreign), this.weights),
      organizations: sampler(orElse(sets.organizations, sets.domestic), this.weights),
      domesticParties: sampler(sets.domestic, flat),
      domesticLocalityParties: sampler(sets.domesticLocalities, flat),
      foreignParties: sampler(sets.foreign, flat),
      foreignLocalityParties: sampler(orElse(sets.foreignLocalities, sets.foreign), flat),
      foreignDonorParties: sampler(orElse(sets.foreignDonors, sets.foreign), flat),
      foreignEnterpriseParties: sampler(orElse(sets.foreignEnterprises, sets.foreign), flat),
    };
  }

  /** True when the network has foreign localities (sister relations need them). */
  get hasForeignLocalities(): boolean {
    for (let i = this.domesticCount; i < this.count; i++) if (this.kinds[i] === "LOCALITY") return true;
    return false;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (pattern: string, value: string) => pattern.replace("{}", value);
const slug = (s: string) => withoutDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A two-syllable Vietnamese name ("Hòa Khánh") and its plain form ("Hoa Khanh"). */
function vietnameseName(random: Random): [string, string] {
  const a = random.pick(VIETNAMESE_SYLLABLES);
  let b = random.pick(VIETNAMESE_SYLLABLES);
  if (b === a) b = VIETNAMESE_SYLLABLES[(VIETNAMESE_SYLLABLES.indexOf(a) + 1) % VIETNAMESE_SYLLABLES.length];
  const vi = `${a} ${b}`;
  return [withoutDiacritics(vi), vi];
}

/** A name from two or three syllables of the country's language area ("Kawanoshi"). */
function foreignName(random: Random, country: string): string {
  const syllables = syllablesFor(country);
  const n = random.chance(0.6) ? 2 : 3;
  let s = "";
  let previous = "";
  for (let i = 0; i < n; i++) {
    let next = random.pick(syllables);
    if (next === previous) next = random.pick(syllables);
    s += next;
    previous = next;
  }
  return capitalize(s);
}

/**
 * The actor records, in file order, filling `table` as they go. Domestic actors come first; the
 * weights are assigned by the caller once the last one is out (`table.assignWeights`).
 */
export function* actorRecords(table: ActorTable, counts: DatasetCounts, random: Random): Generator<ActorInput> {
  const domestic = domesticCount(counts);
  const width = Math.max(5, String(counts.actors).length);
  const pWidth = Math.max(2, String(counts.provinces).length);
  table.domesticCount = domestic;

  // ---- national bodies
  table.national.ministry = table.add("vn-mofa", "Ministry of Foreign Affairs", "GOVERNMENT_AGENCY", DOMESTIC_COUNTRY, -1);
  yield { id: "vn-mofa", kind: "GOVERNMENT_AGENCY", side: "DOMESTIC", name: "Ministry of Foreign Affairs", nameVi: "Bộ Ngoại giao", country: DOMESTIC_COUNTRY, website: "https://mofa.example.org" };
  table.national.vufo = table.add("vn-vufo", "Vietnam Union of Friendship Organizations (VUFO)", "FRIENDSHIP_ORGANIZATION", DOMESTIC_COUNTRY, -1);
  yield { id: "vn-vufo", kind: "FRIENDSHIP_ORGANIZATION", side: "DOMESTIC", name: "Vietnam Union of Friendship Organizations (VUFO)", nameVi: "Liên hiệp các tổ chức hữu nghị Việt Nam", country: DOMESTIC_COUNTRY, website: "https://vufo.example.org" };
  table.national.paccom = table.add("vn-paccom", "People's Aid Coordinating Committee (PACCOM)", "GOVERNMENT_AGENCY", DOMESTIC_COUNTRY, -1);
  yield { id: "vn-paccom", kind: "GOVERNMENT_AGENCY", side: "DOMESTIC", name: "People's Aid Coordinating Committee (PACCOM)", nameVi: "Ban Điều phối Viện trợ Nhân dân", country: DOMESTIC_COUNTRY, parentId: "vn-vufo" };

  // ---- provinces and their core units
  const used = new Set<string>();
  const unmerged: number[] = [];
  const mergedOn = isoDate(dayOf(LAST_YEAR, 6, 30));
  for (let p = 0; p < counts.provinces; p++) {
    let [name, nameVi] = vietnameseName(random);
    for (let attempt = 0; used.has(name) && attempt < 20; attempt++) [name, nameVi] = vietnameseName(random);
    if (used.has(name)) [name, nameVi] = [`${name} ${p + 1}`, `${nameVi} ${p + 1}`];
    used.add(name);
    const code = `p${pad(p + 1, pWidth)}`;
    const id = `vn-${code}`;
    // About two in five provinces merge into an earlier, unmerged one (never the first).
    const successor = p > 0 && unmerged.length > 0 && random.chance(0.4) ? random.pick(unmerged) : -1;
    const province: Province = {
      code, name, nameVi, locality: -1, committee: -1, foreignAffairs: -1, friendshipUnion: -1, merged: successor >= 0,
      units: [], districts: [], departments: 0, massOrganizations: 0,
    };
    table.provinces.push(province);
    if (successor < 0) unmerged.push(p);
    const web = slug(name);

    province.locality = table.add(id, `${name} Province`, "LOCALITY", DOMESTIC_COUNTRY, p);
    yield {
      id, kind: "LOCALITY", side: "DOMESTIC", name: `${name} Province`, nameVi: `Tỉnh ${nameVi}`, country: DOMESTIC_COUNTRY, level: "PROVINCE",
      ...(successor >= 0 ? { validTo: mergedOn, successorIds: [table.ids[table.provinces[successor].locality]] } : {}),
      website: `https://${web}.example.org`,
    };
    province.committee = table.add(`${id}-pc`, `${name} Provincial People's Committee`, "GOVERNMENT_AGENCY", DOMESTIC_COUNTRY, p);
    yield { id: `${id}-pc`, kind: "GOVERNMENT_AGENCY", side: "DOMESTIC", name: `${name} Provincial People's Committee`, nameVi: `Ủy ban nhân dân tỉnh ${nameVi}`, country: DOMESTIC_COUNTRY, parentId: id };
    province.foreignAffairs = table.add(`${id}-dofa`, `${name} Department of Foreign Affairs`, "GOVERNMENT_AGENCY", DOMESTIC_COUNTRY, p);
    yield {
      id: `${id}-dofa`, kind: "GOVERNMENT_AGENCY", side: "DOMESTIC", name: `${name} Department of Foreign Affairs`, nameVi: `Sở Ngoại vụ tỉnh ${nameVi}`,
      country: DOMESTIC_COUNTRY, parentId: `${id}-pc`, website: `https://songoaivu.${web}.example.org`, contact: { email: `songoaivu@${web}.example.org` },
    };
    province.friendshipUnion = table.add(`${id}-ufo`, `${name} Union of Friendship Organizations`, "FRIENDSHIP_ORGANIZATION", DOMESTIC_COUNTRY, p);
    yield { id: `${id}-ufo`, kind: "FRIENDSHIP_ORGANIZATION", side: "DOMESTIC", name: `${name} Union of Friendship Organizations`, nameVi: `Liên hiệp các tổ chức hữu nghị tỉnh ${nameVi}`, country: DOMESTIC_COUNTRY };
  }

  // ---- the other domestic units, more of them in big provinces (province 1 is the biggest)
  const remaining = domestic - table.count;
  const sizes = new Int32Array(counts.provinces);
  const provinceTable = new AliasTable(Array.from({ length: counts.provinces }, (_, p) => zipfWeight(p + 1, 0.6)));
  for (let i = 0; i < remaining; i++) sizes[provinceTable.draw(random)]++;
  let serial = 0;
  for (let p = 0; p < counts.provinces; p++) {
    for (let u = 0; u < sizes[p]; u++) {
      const id = `vn-${table.provinces[p].code}-${pad(++serial, width)}`;
      yield domesticUnit(table, p, id, random.weighted(DOMESTIC_KINDS), random);
    }
  }

  // ---- foreign partners
  const { codes, weights } = foreignCountryWeights();
  const countryTable = new AliasTable(weights);
  /** Upper-level localities per country, which cities may belong to. */
  const regions = new Map<string, number[]>();
  for (let i = domestic; i < counts.actors; i++) {
    const country = codes[countryTable.draw(random)];
    const id = `${country.toLowerCase()}-${pad(i + 1, width)}`;
    yield foreignActor(table, id, country, random.weighted(FOREIGN_KINDS), regions, random);
  }
}

function domesticUnit(table: ActorTable, p: number, id: string, kind: ActorKind, random: Random): ActorInput {
  const province = table.provinces[p];
  const base = { id, kind, side: "DOMESTIC" as const, country: DOMESTIC_COUNTRY };
  const record = (name: string, nameVi: string, extra: Partial<ActorInput> = {}): ActorInput => {
    table.add(id, name, kind, DOMESTIC_COUNTRY, p);
    return { ...base, name, nameVi, ...extra };
  };
  const provinceId = table.ids[province.locality];
  const committeeId = table.ids[province.committee];

  switch (kind) {
    case "LOCALITY": {
      const [name, nameVi] = vietnameseName(random);
      // The first few are district-level; later ones are communes of an existing district.
      if (province.districts.length < 4 || random.chance(0.35)) {
        const level = random.weighted<LocalityLevel>([["DISTRICT", 70], ["CITY", 15], ["TOWN", 15]]);
        const [en, vi] = LEVEL_NAMES[level];
        const unit = record(fill(en, name), fill(vi, nameVi), { level, parentId: provinceId });
        province.districts.push({ index: table.count - 1, name: fill(en, name), nameVi: fill(vi, nameVi) });
        return unit;
      }
      const district = random.pick(province.districts);
      return record(`${name} Commune`, `Xã ${nameVi}`, { level: "COMMUNE", parentId: table.ids[district.index] });
    }
    case "GOVERNMENT_AGENCY": {
      const n = province.departments++;
      if (n < DEPARTMENTS.length || province.districts.length === 0) {
        const [en, vi] = DEPARTMENTS[n % DEPARTMENTS.length];
        const round = Math.floor(n / DEPARTMENTS.length);
        const suffix = round > 0 ? ` (office ${round + 1})` : "";
        return record(`${province.name} ${en}${suffix}`, `${vi} tỉnh ${province.nameVi}${suffix}`, { parentId: committeeId });
      }
      const district = random.pick(province.districts);
      return record(`People's Committee of ${district.name}`, `Ủy ban nhân dân ${district.nameVi}`, { parentId: table.ids[district.index] });
    }
    case "MASS_ORGANIZATION": {
      const n = province.massOrganizations++;
      const [en, vi] = MASS_ORGANIZATIONS[n % MASS_ORGANIZATIONS.length];
      if (n < MASS_ORGANIZATIONS.length || province.districts.length === 0) {
        return record(`${province.name} Provincial ${en}`, `${vi} tỉnh ${province.nameVi}`);
      }
      const district = random.pick(province.districts);
      return record(`${en} of ${district.name}`, `${vi} ${district.nameVi}`);
    }
    case "FRIENDSHIP_ORGANIZATION": {
      const [country, countryVi] = countryNames(random.weighted(COUNTRY_WEIGHTS.slice(0, 30)));
      table.associations.push(table.count);
      return record(`Vietnam–${country} Friendship Association of ${province.name}`, `Hội hữu nghị Việt Nam – ${countryVi} tỉnh ${province.nameVi}`);
    }
    case "EDUCATION_INSTITUTION": {
      const [name, nameVi] = vietnameseName(random);
      const [en, vi] = random.weighted<readonly [string, string]>([[["{} University", "Trường Đại học {}"], 25], [["{} College", "Trường Cao đẳng {}"], 30], [["{} High School", "Trường THPT {}"], 45]]);
      return record(fill(en, name), fill(vi, nameVi));
    }
    case "ENTERPRISE": {
      const [name, nameVi] = vietnameseName(random);
      const [en, vi] = random.chance(0.5) ? ["{} Joint Stock Company", "Công ty Cổ phần {}"] : ["{} Company Limited", "Công ty TNHH {}"];
      const founded = random.chance(0.3) ? { validFrom: isoDate(dayOf(1990 + random.below(LAST_YEAR - 1990), 1 + random.below(12), 1 + random.below(28))) } : {};
      return record(fill(en, name), fill(vi, nameVi), founded);
    }
    case "PRESS": {
      const [name, nameVi] = vietnameseName(random);
      const [en, vi] = random.weighted<readonly [string, string]>([
        [[`${province.name} Newspaper`, `Báo ${province.nameVi}`], 1],
        [[`${province.name} Radio and Television`, `Đài Phát thanh và Truyền hình ${province.nameVi}`], 1],
        [[`${name} Magazine`, `Tạp chí ${nameVi}`], 2],
      ]);
      return record(en, vi);
    }
    default: {
      const [name, nameVi] = vietnameseName(random);
      return record(`${name} Cooperative`, `Hợp tác xã ${nameVi}`);
    }
  }
}

function foreignActor(table: ActorTable, id: string, country: string, kind: ActorKind, regions: Map<string, number[]>, random: Random): ActorInput {
  const base = foreignName(random, country);
  let name: string;
  let nameVi: string | undefined;
  const extra: Partial<ActorInput> = {};
  switch (kind) {
    case "LOCALITY": {
      const level = random.weighted(foreignLocalityLevels(country));
      const [en, vi] = LEVEL_NAMES[level];
      name = fill(en, base);
      nameVi = random.chance(0.6) ? fill(vi, base) : undefined;
      extra.level = level;
      const upper = regions.get(country);
      if (level === "CITY" || level === "TOWN" || level === "DISTRICT") {
        if (upper && random.chance(0.4)) extra.parentId = table.ids[random.pick(upper)];
      } else if (upper) upper.push(table.count);
      else regions.set(country, [table.count]);
      break;
    }
    case "DIPLOMATIC_MISSION": {
      const [countryName, countryVi] = countryNames(country);
      const [city, cityVi] = random.pick(MISSION_CITIES);
      [name, nameVi] = city === "Hanoi"
        ? [`Embassy of ${countryName} in Hanoi`, `Đại sứ quán ${countryVi} tại Hà Nội`]
        : [`Consulate General of ${countryName} in ${city}`, `Tổng Lãnh sự quán ${countryVi} tại ${cityVi}`];
      break;
    }
    case "FRIENDSHIP_ORGANIZATION": {
      const [countryName, countryVi] = countryNames(country);
      name = `${countryName}–Vietnam Friendship Association of ${base}`;
      nameVi = `Hội hữu nghị ${countryVi} – Việt Nam ${base}`;
      break;
    }
    default: {
      const [en, vi] = random.pick(FOREIGN_NAMES[kind] ?? FOREIGN_NAMES.OTHER!);
      name = fill(en, base);
      nameVi = vi && random.chance(0.5) ? fill(vi, base) : undefined;
    }
  }
  if (random.chance(0.25)) extra.website = `https://${slug(base)}.example.org`;
  if (random.chance(0.1)) extra.contact = { email: `contact@${slug(base)}.example.org` };
  table.add(id, name, kind, country, -1);
  return { id, kind, side: "FOREIGN", name, nameVi, country, ...extra };
}

/**
 * Memberships: every provincial union in VUFO, every friendship association in its province's
 * union, then members of organisations drawn by weight, up to `target` in all. One membership per
 * member and organisation.
 */
export function* membershipRecords(table: ActorTable, target: number, random: Random): Generator<MembershipInput> {
  const seen = new Set<string>();
  let count = 0;
  const date = (fromYear: number, toYear: number) => isoDate(dayOf(fromYear + random.below(toYear - fromYear + 1), 1 + random.below(12), 1 + random.below(28)));
  const make = (member: number, organization: number, role: string | undefined, since: string | undefined): MembershipInput | undefined => {
    const key = `${member}/${organization}`;
    if (member === organization || seen.has(key)) return undefined;
    seen.add(key);
    count++;
    return { memberId: table.ids[member], organizationId: table.ids[organization], role, since };
  };

  for (const p of table.provinces) {
    if (count >= target) return;
    const m = make(p.friendshipUnion, table.national.vufo, "provincial member", date(1995, 2010));
    if (m) yield m;
  }
  for (const a of table.associations) {
    if (count >= target) return;
    const m = make(a, table.provinces[table.province[a]].friendshipUnion, "member association", date(2000, 2020));
    if (m) yield m;
  }
  const { domestic, foreign, organizations } = table.samplers;
  for (let attempts = 0; count < target && attempts < 20 * target; attempts++) {
    const member = (random.chance(0.5) ? foreign : domestic).draw(random);
    const since = random.chance(0.7) ? date(2000, LAST_YEAR) : undefined;
    const m = make(member, organizations.draw(random), random.pick(MEMBERSHIP_ROLES), since);
    if (!m) continue;
    if (since && random.chance(0.1)) {
      const sinceDay = dayOf(Number(since.slice(0, 4)), Number(since.slice(5, 7)), Number(since.slice(8, 10)));
      m.until = isoDate(Math.min(sinceDay + 365 * (1 + random.below(8)), dayOf(LAST_YEAR, 12, 31)));
    }
    yield m;
  }
}
