/**
 * Partnerships, activities, projects and reviews of a generated network.
 *
 * Partnerships are built first and kept (they are few: a quarter of the actors); activities,
 * projects and reviews are produced one at a time while they are written, so a network with
 * millions of activities never holds them in memory.
 *
 * Who takes part is drawn from the Zipf-weighted samplers of the actor table: a partnership's
 * activity rate grows with the prominence of its foreign parties and with how long it was in
 * force, and activities outside partnerships draw their partners directly by prominence. The hub
 * partners thus take part in a large share of all activities while most partners appear in few.
 */
import { type ActivityKind, type FundingType, type PartnershipKind, type ProjectStatus, type Recommendation, type Sector, SECTORS } from "../../src/domain/enums";
import type { ActivityInput, PartnershipInput, ProjectInput, ReviewInput } from "../../src/dataset/format";
import type { ActorTable } from "./actors";
import { dayOf, isoDate, yearEnd, yearOf, yearStart } from "./dates";
import { FIRST_YEAR, LAST_YEAR } from "./presets";
import type { Random } from "./random";
import { type ExchangeRates, amountIn } from "./reference";
import {
  ACTIVITY_KINDS_WEIGHTED, ACTIVITY_TITLES, DAC_CODES, OUTCOMES, PARTNERSHIP_KINDS_WEIGHTED, PARTNERSHIP_TITLES,
  PROJECT_THEMES, REVIEW_FINDINGS, currencyOf,
} from "./vocabulary";
import { AliasTable } from "./zipf";

export const FIRST_DAY = yearStart(FIRST_YEAR);
export const LAST_DAY = yearEnd(LAST_YEAR);

/**
 * Relative number of activities per year: growth over the period, and the pandemic years
 * 2020-2021 when delegations stopped.
 */
const YEAR_ACTIVITY: Record<number, number> = { 2020: 0.35, 2021: 0.45 };
function yearActivity(year: number): number {
  return YEAR_ACTIVITY[year] ?? 1 + 0.06 * (year - FIRST_YEAR);
}
const MAX_YEAR_ACTIVITY = Math.max(...Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => yearActivity(FIRST_YEAR + i)));

/** A day in [from, to], more likely in busy years (rejection sampling; a few draws on average). */
function activityDay(random: Random, from: number, to: number): number {
  for (let attempt = 0; attempt < 16; attempt++) {
    const day = from + random.below(to - from + 1);
    if (random.float() * MAX_YEAR_ACTIVITY < yearActivity(yearOf(day))) return day;
  }
  return from + random.below(to - from + 1);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The partnerships, kept for the sections that refer to them. */
export class PartnershipTable {
  readonly records: PartnershipInput[] = [];
  readonly domestic: number[][] = [];
  readonly foreign: number[][] = [];
  /** The days activities may fall on: the part of FIRST_DAY..LAST_DAY it was in force (empty when from > to). */
  readonly from: number[] = [];
  readonly to: number[] = [];
  private activityTable: AliasTable | undefined;

  get count(): number {
    return this.records.length;
  }

  /** A partnership drawn by activity rate, or -1 when none was in force during the period. */
  drawActive(random: Random): number {
    if (!this.activityTable) return -1;
    const p = this.activityTable.draw(random);
    return this.from[p] <= this.to[p] ? p : -1; // weight 0: only reachable through rounding
  }

  /**
   * Activity rate: grows with the prominence of the foreign parties (its square root: hubs are
   * already party to more partnerships, see ActorSamplers) and with the days in force.
   */
  buildActivityTable(actors: ActorTable): void {
    const weights = this.records.map((_, i) => {
      const days = this.to[i] - this.from[i] + 1;
      if (days <= 0) return 0;
      let prominence = 0;
      for (const f of this.foreign[i]) prominence += actors.weights[f];
      return Math.sqrt(prominence) * days;
    });
    this.activityTable = weights.some((w) => w > 0) ? new AliasTable(weights) : undefined;
  }
}

function sectorsOf(random: Random, min: number, max: number): Sector[] {
  return random.sample(SECTORS, random.int(min, max));
}

export function buildPartnerships(actors: ActorTable, count: number, random: Random): PartnershipTable {
  const table = new PartnershipTable();
  const s = actors.samplers;
  const width = Math.max(5, String(count).length);
  const sisterPossible = actors.hasForeignLocalities && !s.domesticLocalities.empty;
  for (let i = 0; i < count; i++) {
    let kind: PartnershipKind = random.weighted(PARTNERSHIP_KINDS_WEIGHTED);
    if (kind === "SISTER_LOCALITY" && !sisterPossible) kind = "FRIENDSHIP";
    const domestic: number[] = [];
    const foreign: number[] = [];
    if (kind === "SISTER_LOCALITY") {
      // Both sides LOCALITY actors, as the integrity rules require.
      s.domesticLocalityParties.drawDistinct(random, random.chance(0.95) ? 1 : 2, domestic);
      s.foreignLocalityParties.drawDistinct(random, random.chance(0.95) ? 1 : 2, foreign);
    } else {
      s.domesticParties.drawDistinct(random, random.weighted([[1, 75], [2, 20], [3, 5]]), domestic);
      const sampler = kind === "AID_PROGRAM" ? s.foreignDonorParties : kind === "INVESTMENT" ? s.foreignEnterpriseParties : s.foreignParties;
      sampler.drawDistinct(random, random.weighted([[1, 85], [2, 12], [3, 3]]), foreign);
    }
    // One in five relations predates the period (some sister relations go back to the 1990s).
    const old = random.chance(0.2);
    const signed = old ? dayOf(1992) + random.below(FIRST_DAY - dayOf(1992)) : FIRST_DAY + random.below(LAST_DAY - FIRST_DAY + 1);
    let ended = -1;
    if (random.chance(old ? 0.25 : 0.15)) {
      const end = signed + 365 + random.below(365 * 10);
      if (end <= LAST_DAY) ended = end;
    }
    const id = `ps-${pad(i + 1, width)}`;
    const title = `${actors.names[domestic[0]]} – ${actors.names[foreign[0]]} ${PARTNERSHIP_TITLES[kind]}`;
    table.records.push({
      id, kind, title, domesticPartyIds: domestic.map((a) => actors.ids[a]), foreignPartyIds: foreign.map((a) => actors.ids[a]),
      signedOn: isoDate(signed), endedOn: ended >= 0 ? isoDate(ended) : undefined, sectors: sectorsOf(random, 1, 3),
    });
    table.domestic.push(domestic);
    table.foreign.push(foreign);
    table.from.push(Math.max(signed, FIRST_DAY));
    table.to.push(ended >= 0 ? Math.min(ended, LAST_DAY) : LAST_DAY);
  }
  table.buildActivityTable(actors);
  return table;
}

const MULTI_DAY: ReadonlySet<ActivityKind> = new Set(["DELEGATION_IN", "DELEGATION_OUT", "TRADE_FAIR", "EXHIBITION", "TRAINING", "CONFERENCE", "WORKSHOP"]);

/** The currency of an amount tied to a partner of `country` (or to the domestic side). */
function currencyFor(random: Random, country: string | undefined): string {
  const r = random.float();
  if (country && r < 0.55) return currencyOf(country);
  if (r < 0.75) return "USD";
  if (r < 0.85) return "EUR";
  return "VND";
}

/**
 * `count` activities, generated as they are consumed. About half hang off a partnership (dated
 * while it was in force, organised by its domestic parties, with its foreign parties taking
 * part); the others draw organisers and partners directly by prominence.
 */
export function* activityRecords(actors: ActorTable, partnerships: PartnershipTable, rates: ExchangeRates, count: number, random: Random): Generator<ActivityInput> {
  const s = actors.samplers;
  const width = Math.max(6, String(count).length);
  for (let i = 0; i < count; i++) {
    const p = random.chance(0.55) ? partnerships.drawActive(random) : -1;
    const organizers: number[] = [];
    const participants: number[] = [];
    let day: number;
    let sectors: Sector[];
    if (p >= 0) {
      day = activityDay(random, partnerships.from[p], partnerships.to[p]);
      const domestic = partnerships.domestic[p];
      organizers.push(random.pick(domestic));
      // The province's foreign-affairs department often co-organises.
      if (random.chance(0.25)) {
        const dofa = actors.foreignAffairsOf(organizers[0]);
        if (!organizers.includes(dofa)) organizers.push(dofa);
      }
      participants.push(...partnerships.foreign[p]);
      if (random.chance(0.25)) s.foreign.drawDistinct(random, random.int(1, 2), participants);
      const own = partnerships.records[p].sectors ?? [];
      sectors = own.length > 0 ? [random.pick(own)] : sectorsOf(random, 1, 1);
    } else {
      day = activityDay(random, FIRST_DAY, LAST_DAY);
      s.domestic.drawDistinct(random, random.weighted([[1, 70], [2, 22], [3, 8]]), organizers);
      s.foreign.drawDistinct(random, random.weighted([[0, 8], [1, 50], [2, 22], [3, 12], [4, 5], [6, 3]]), participants);
      if (random.chance(0.08)) s.domestic.drawDistinct(random, 1, participants);
      sectors = sectorsOf(random, 1, 2);
    }
    const kind = random.weighted(ACTIVITY_KINDS_WEIGHTED);
    const partner = participants.find((a) => !actors.isDomestic(a));
    const year = yearOf(day);
    let funds: ActivityInput["funds"];
    if (random.chance(0.25)) {
      const currency = currencyFor(random, partner !== undefined ? actors.countries[partner] : undefined);
      funds = { amount: amountIn(random.logNormal(5_000, 1.4), currency, year, rates), currency };
    }
    const endDate = MULTI_DAY.has(kind) && random.chance(0.5)
      ? isoDate(Math.min(day + random.int(1, kind === "TRAINING" ? 14 : 5), LAST_DAY))
      : undefined;
    yield {
      id: `act-${pad(i + 1, width)}`,
      kind,
      title: `${ACTIVITY_TITLES[kind]} ${partner !== undefined ? actors.names[partner] : "foreign partners"}`,
      date: isoDate(day),
      endDate: endDate === isoDate(day) ? undefined : endDate,
      partnershipId: p >= 0 ? partnerships.records[p].id : undefined,
      organizerIds: organizers.map((a) => actors.ids[a]),
      participantIds: participants.length > 0 ? participants.map((a) => actors.ids[a]) : undefined,
      sectors,
      funds,
      outcome: random.chance(0.12) ? random.pick(OUTCOMES) : undefined,
    };
  }
}

const FUNDING: readonly (readonly [FundingType, number])[] = [["ODA", 30], ["NGO_AID", 25], ["FDI", 15], ["PRIVATE", 10], ["PUBLIC_DOMESTIC", 10], ["OTHER", 10]];
/** Typical size of a commitment, in USD, by funding type. */
const MEDIAN_COMMITMENT: Record<FundingType, number> = { ODA: 800_000, NGO_AID: 60_000, FDI: 3_000_000, PRIVATE: 200_000, PUBLIC_DOMESTIC: 150_000, OTHER: 50_000 };

export function* projectRecords(actors: ActorTable, partnerships: PartnershipTable, rates: ExchangeRates, count: number, random: Random): Generator<ProjectInput> {
  const s = actors.samplers;
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const fundingType = random.weighted(FUNDING);
    const p = random.chance(0.4) ? partnerships.drawActive(random) : -1;
    const funders: number[] = [];
    const implementers: number[] = [];
    let start: number;
    if (p >= 0) {
      start = partnerships.from[p] + random.below(partnerships.to[p] - partnerships.from[p] + 1);
      funders.push(random.pick(partnerships.foreign[p]));
      implementers.push(random.pick(partnerships.domestic[p]));
      if (random.chance(0.3)) s.domestic.drawDistinct(random, 1, implementers);
    } else {
      start = FIRST_DAY + random.below(LAST_DAY - FIRST_DAY + 1);
      const sampler = fundingType === "PUBLIC_DOMESTIC" ? s.domestic : fundingType === "FDI" || fundingType === "PRIVATE" ? s.foreignEnterprises : s.foreignDonors;
      sampler.drawDistinct(random, fundingType === "ODA" || fundingType === "NGO_AID" ? random.int(1, 2) : 1, funders);
      s.domestic.drawDistinct(random, random.int(1, 2), implementers);
    }
    const localities = s.domesticLocalities.empty ? [] : s.domesticLocalities.drawDistinct(random, random.weighted([[0, 20], [1, 50], [2, 20], [3, 10]]));
    const end = start + 180 + random.below(5 * 365);
    let status: ProjectStatus;
    if (start > LAST_DAY - 180 && random.chance(0.5)) status = "PIPELINE";
    else if (end <= LAST_DAY) status = random.weighted<ProjectStatus>([["COMPLETED", 80], ["CANCELLED", 10], ["SUSPENDED", 10]]);
    else status = random.weighted<ProjectStatus>([["ACTIVE", 85], ["SUSPENDED", 15]]);
    const openEnded = (status === "ACTIVE" && random.chance(0.15)) || (status === "PIPELINE" && random.chance(0.5));

    const [theme, sector] = random.pick(PROJECT_THEMES);
    const place = localities.length > 0 ? localities[0] : implementers[0];
    const funder = funders[0];
    const year = yearOf(start);
    const currency = actors.isDomestic(funder) ? "VND" : random.chance(0.6) ? currencyOf(actors.countries[funder]) : "USD";
    const committedUsd = random.logNormal(MEDIAN_COMMITMENT[fundingType], 1.2);
    const share = status === "COMPLETED" ? 0.7 + 0.3 * random.float() : status === "ACTIVE" || status === "SUSPENDED" ? 0.1 + 0.7 * random.float() : 0;
    const aid = fundingType === "ODA" || fundingType === "NGO_AID";
    yield {
      id: `prj-${pad(i + 1, width)}`,
      title: `${theme}, ${actors.names[place]}`,
      status,
      fundingType,
      startOn: isoDate(start),
      endOn: openEnded ? undefined : isoDate(end),
      partnershipId: p >= 0 ? partnerships.records[p].id : undefined,
      funderIds: funders.map((a) => actors.ids[a]),
      implementerIds: implementers.map((a) => actors.ids[a]),
      localityIds: localities.length > 0 ? localities.map((a) => actors.ids[a]) : undefined,
      sectors: random.chance(0.3) ? [...new Set<Sector>([sector, ...sectorsOf(random, 1, 1)])] : [sector],
      dacCode: random.chance(aid ? 0.7 : 0.2) ? random.pick(DAC_CODES) : undefined,
      committed: { amount: amountIn(committedUsd, currency, year, rates), currency },
      disbursed: share > 0 ? { amount: amountIn(committedUsd * share, currency, year, rates), currency } : undefined,
    };
  }
}

const SCORES: readonly (readonly [number, number])[] = [[1, 8], [2, 17], [3, 35], [4, 27], [5, 13]];
const RECOMMENDATIONS_BY_SCORE: Record<number, readonly Recommendation[]> = {
  1: ["SUSPEND", "TERMINATE"], 2: ["RESTRUCTURE"], 3: ["CONTINUE", "RESTRUCTURE"], 4: ["CONTINUE", "STRENGTHEN"], 5: ["STRENGTHEN"],
};

/**
 * Yearly reviews for about a third of the partnerships, in most of their years in force during
 * the period, by the Department of Foreign Affairs of the first domestic party's province; now and
 * then a second, mid-year review.
 */
export function* reviewRecords(actors: ActorTable, partnerships: PartnershipTable, random: Random): Generator<ReviewInput> {
  for (let p = 0; p < partnerships.count; p++) {
    if (!random.chance(0.35) || partnerships.from[p] > partnerships.to[p]) continue;
    const record = partnerships.records[p];
    const reviewerId = actors.ids[actors.foreignAffairsOf(partnerships.domestic[p][0])];
    const signed = dayOf(Number(record.signedOn.slice(0, 4)), Number(record.signedOn.slice(5, 7)), Number(record.signedOn.slice(8, 10)));
    const number = record.id.slice(3);
    for (let year = yearOf(partnerships.from[p]); year <= yearOf(partnerships.to[p]); year++) {
      if (!random.chance(0.7)) continue;
      const review = (suffix: string, from: number, to: number): ReviewInput | undefined => {
        const first = Math.max(from, signed);
        if (first > to) return undefined;
        const score = random.weighted(SCORES);
        return {
          id: `rev-${number}-${year}${suffix}`, partnershipId: record.id, year, score,
          recommendation: random.pick(RECOMMENDATIONS_BY_SCORE[score]), reviewedOn: isoDate(first + random.below(to - first + 1)), reviewerId,
          findings: random.chance(0.3) ? random.pick(REVIEW_FINDINGS) : undefined,
        };
      };
      if (random.chance(0.05)) {
        const mid = review("-mid", dayOf(year, 6, 1), dayOf(year, 6, 30));
        if (mid) yield mid;
      }
      const yearly = review("", dayOf(year, 11, 15), dayOf(year, 12, 31));
      if (yearly) yield yearly;
    }
  }
}
