/**
 * The world shaded by number of partners (d3-geo over Natural Earth's 1:50m shapes from
 * world-atlas, bundled: no map service is called). Priority countries without a partner are
 * outlined in red and hatched. Countries too small to see get a dot at their centre. Each country
 * shape says its name and numbers on hover and to screen readers (an SVG title).
 */
import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import world from "world-atlas/countries-50m.json";
import "./WorldMap.css";

export interface MapCountry {
  code: string;
  /** Shown on hover: name and numbers. */
  title: string;
  partners: number;
  priorityWithout: boolean;
}

const WIDTH = 960;
const HEIGHT = 480;
const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

/** Shade class of a partner count: 0 none, then 1, 2–3, 4–7, 8–15, 16+. */
function shadeOf(partners: number): string | undefined {
  if (partners <= 0) return undefined;
  return SHADES[Math.min(SHADES.length - 1, Math.floor(Math.log2(partners)))];
}

const shapes = feature(world as any, (world as any).objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], shapes);
const path = geoPath(projection);

export function WorldMap({ data, label, legend }: { data: MapCountry[]; label: string; legend: { none: string; priority: string } }) {
  const byCode = useMemo(() => new Map(data.map((c) => [c.code, c])), [data]);
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-countries={data.length}>
        <defs>
          <pattern id="priority-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fee2e2" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#dc2626" strokeWidth="2" />
          </pattern>
        </defs>
        {shapes.features.map((shape: Feature<Geometry, { name: string }>, i) => {
          const code = countries.numericToAlpha2(String(shape.id ?? "")) ?? "";
          const country = byCode.get(code);
          const d = path(shape) ?? "";
          const fill = country?.priorityWithout ? "url(#priority-hatch)" : shadeOf(country?.partners ?? 0) ?? "#f3f4f6";
          const small = country && (path.area(shape) < 12);
          const [cx, cy] = small ? projection(geoCentroid(shape)) ?? [0, 0] : [0, 0];
          return (
            <g key={`${code}-${i}`} data-code={code || undefined}>
              <path d={d} fill={fill} stroke={country?.priorityWithout ? "#dc2626" : "#9ca3af"} strokeWidth={country?.priorityWithout ? 1.2 : 0.4}>
                {country && <title>{country.title}</title>}
              </path>
              {small && <circle cx={cx} cy={cy} r={4} fill={country!.priorityWithout ? "#dc2626" : shadeOf(country!.partners) ?? "#6b7280"} stroke="#fff"><title>{country!.title}</title></circle>}
            </g>
          );
        })}
      </svg>
      <figcaption className="map-legend">
        <span><i className="swatch" style={{ background: "#f3f4f6" }} /> {legend.none}</span>
        {["1", "2–3", "4–7", "8–15", "16+"].map((text, i) => <span key={text}><i className="swatch" style={{ background: SHADES[i] }} /> {text}</span>)}
        <span><i className="swatch priority" /> {legend.priority}</span>
      </figcaption>
    </figure>
  );
}
