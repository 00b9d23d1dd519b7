/**
 * The ISO 3166-1 alpha-2 countries the service knows without being told.
 * A dataset may use any of these codes without listing the country in `countries`;
 * names come from `world-countries` (English) and `i18n-iso-countries` (Vietnamese),
 * the region from the UN M49 sub-region that `world-countries` carries.
 */
import worldCountries from "world-countries";
import isoCountries from "i18n-iso-countries";
import vietnamese from "i18n-iso-countries/langs/vi.json";
import type { Region } from "./enums";

isoCountries.registerLocale(vietnamese);

export interface CountryRecord {
  code: string;
  name: string;
  nameVi: string | null;
  region: Region;
  asean: boolean;
}

/** ASEAN members; Timor-Leste joined on 2025-10-26. */
const ASEAN = new Set(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]);
const NORTHERN_AMERICA = new Set(["US", "CA", "BM", "GL", "PM", "UM"]);

const SUBREGION_TO_REGION: Record<string, Region> = {
  "South-Eastern Asia": "SOUTHEAST_ASIA",
  "Eastern Asia": "EAST_ASIA",
  "Southern Asia": "SOUTH_ASIA",
  "Central Asia": "CENTRAL_ASIA",
  "Western Asia": "WEST_ASIA",
};

/** Maps world-countries' region/sub-region to ours; null for the Antarctic territories, which have no region here. */
function regionOf(code: string, region: string, subregion: string): Region | null {
  switch (region) {
    case "Asia": return SUBREGION_TO_REGION[subregion] ?? null;
    case "Europe": return "EUROPE";
    case "Africa": return "AFRICA";
    case "Oceania": return "OCEANIA";
    case "Americas": return NORTHERN_AMERICA.has(code) ? "NORTH_AMERICA" : "LATIN_AMERICA";
    default: return null;
  }
}

function buildKnownCountries(): Map<string, CountryRecord> {
  const known = new Map<string, CountryRecord>();
  for (const c of worldCountries) {
    const region = regionOf(c.cca2, c.region, c.subregion);
    if (!region) continue;
    known.set(c.cca2, {
      code: c.cca2,
      name: c.name.common,
      nameVi: isoCountries.getName(c.cca2, "vi") ?? null,
      region,
      asean: ASEAN.has(c.cca2),
    });
  }
  return known;
}

export const KNOWN_COUNTRIES: ReadonlyMap<string, CountryRecord> = buildKnownCountries();
