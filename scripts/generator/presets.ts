/**
 * How big a generated dataset is. The three scales are the sizes performance work measures
 * (S fits a laptop test run, L is far beyond what one JSON string can hold); `tiny` is for unit
 * tests. Reviews and reports are not counted here: they follow from the partnerships (a review
 * for part of their years in force) and from the plans (one report per assigned unit and year).
 */

export interface DatasetCounts {
  actors: number;
  activities: number;
  partnerships: number;
  projects: number;
  memberships: number;
  plans: number;
  /** Domestic provinces the domestic units belong to. */
  provinces: number;
  /** Individuals (v2: PERSON actors), on top of `actors`. */
  persons: number;
}

export const SCALES = ["S", "M", "L"] as const;
export type Scale = (typeof SCALES)[number];

export const PRESETS: Record<Scale | "tiny", DatasetCounts> = {
  tiny: { actors: 240, activities: 1_500, partnerships: 60, projects: 24, memberships: 12, plans: 1, provinces: 4, persons: 4 },
  S: { actors: 5_000, activities: 50_000, partnerships: 1_250, projects: 500, memberships: 250, plans: 2, provinces: 63, persons: 50 },
  M: { actors: 50_000, activities: 500_000, partnerships: 12_500, projects: 5_000, memberships: 2_500, plans: 4, provinces: 63, persons: 500 },
  L: { actors: 200_000, activities: 2_000_000, partnerships: 50_000, projects: 20_000, memberships: 10_000, plans: 8, provinces: 63, persons: 2_000 },
};

/** The years every dated record falls in (partnerships may have been signed earlier). */
export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;

/** Share of actors on the domestic side. */
export const DOMESTIC_SHARE = 0.25;

/** Zipf exponents of actor prominence: ~1 gives the heavy tail real partner networks show. */
export const FOREIGN_ZIPF = 1.0;
export const DOMESTIC_ZIPF = 1.0;

export interface GenerateOptions {
  /** Preset to start from (default `tiny`). */
  scale?: Scale | "tiny";
  /** Overrides of the preset's counts. */
  counts?: Partial<DatasetCounts>;
  /** Unsigned 32-bit seed (default 1): the same options give a byte-identical file. */
  seed?: number;
}

export interface ResolvedOptions {
  counts: DatasetCounts;
  seed: number;
}

export class GenerateOptionsError extends Error {}

export function resolveOptions(options: GenerateOptions = {}): ResolvedOptions {
  const counts = { ...PRESETS[options.scale ?? "tiny"], ...options.counts };
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new GenerateOptionsError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
  for (const [key, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) throw new GenerateOptionsError(`${key} must be a whole number >= 0, got ${value}`);
  }
  if (counts.provinces < 1) throw new GenerateOptionsError("provinces must be at least 1");
  // Each province brings four core units, and the national bodies come on top.
  const minimumDomestic = 4 * counts.provinces + NATIONAL_BODIES;
  const domestic = domesticCount(counts);
  if (domestic < minimumDomestic) {
    throw new GenerateOptionsError(`${counts.actors} actors leave ${domestic} domestic units, fewer than the ${minimumDomestic} that ${counts.provinces} provinces need`);
  }
  if (counts.actors - domestic < 1) throw new GenerateOptionsError("at least one foreign actor is needed");
  return { counts, seed };
}

/** National bodies on the domestic side (ministry, VUFO, PACCOM). */
export const NATIONAL_BODIES = 3;

export function domesticCount(counts: DatasetCounts): number {
  return Math.round(counts.actors * DOMESTIC_SHARE);
}
