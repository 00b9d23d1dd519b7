/**
 * The world shaded by number of partners (d3-geo over Natural Earth's 1:50m shapes from
 * world-atlas, bundled: no map service is called). Priority countries without a partner are hatched
 * and outlined in red. Countries too small to see at this scale (Singapore) get a dot at their
 * centre. A country of the answer can be hovered or reached with Tab: a label shows its name and
 * numbers, and screen readers read the same.
 */
import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { useMemo, useState } from "react";
import { feature } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import world from "world-atlas/countries-50m.json";
import "./WorldMap.css";

export interface MapCountry {
  code: string;
  /** Shown on hover and focus, and read by screen readers: name and numbers. */
  title: string;
  partners: number;
  priorityWithout: boolean;
}

const WIDTH = 960;
const HEIGHT = 440;
const NONE = "#e5e7eb";
const SHADES = ["#bfdbfe", "#60a5fa", "#2563eb", "#1e40af", "#172554"];
const BUCKETS = ["1", "2–3", "4–7", "8–15", "16+"];
/** Below this many square pixels a country is hard to see or to point at: it gets a dot. */
const SMALL_AREA = 20;

/** Shade of a partner count: none, then 1, 2–3, 4–7, 8–15, 16+. */
function shadeOf(partners: number): string {
  if (partners <= 0) return NONE;
  return SHADES[Math.min(SHADES.length - 1, Math.floor(Math.log2(partners)))];
}

interface Shape { code: string; d: string; small: boolean; centre: [number, number] }

/**
 * The shapes, projected on the first drawing and kept: Antarctica left out (no partner lives there,
 * and it takes a third of the height). Not at load time: projecting the whole world takes a moment,
 * and the page should first show its frame and loading state.
 */
let projected: Shape[] | undefined;
function shapes(): Shape[] {
  return (projected ??= project());
}

function project(): Shape[] {
  const all = feature(world as any, (world as any).objects.countries) as unknown as FeatureCollection<Geometry>;
  const land = { ...all, features: all.features.filter((f) => f.id !== "010") };
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], land);
  const path = geoPath(projection);
  return land.features.map((shape) => {
    const small = path.area(shape) < SMALL_AREA;
    return {
      code: countries.numericToAlpha2(String(shape.id ?? "")) ?? "",
      d: path(shape) ?? "",
      small,
      // A small country's dot sits at its geographic centre; a large one's label at its drawing's.
      centre: (small ? projection(geoCentroid(shape)) : path.centroid(shape)) ?? [0, 0],
    };
  });
}

/** Near an edge the label opens inwards, so it never leaves the map. */
function tipSide(x: number): string {
  return x < WIDTH * 0.2 ? "from-left" : x > WIDTH * 0.8 ? "from-right" : "";
}

export function WorldMap({ data, label, legend }: { data: MapCountry[]; label: string; legend: { none: string; priority: string; small: string } }) {
  const byCode = useMemo(() => new Map(data.map((c) => [c.code, c])), [data]);
  const [shown, setShown] = useState<{ country: MapCountry; at: [number, number] } | null>(null);
  return (
    <figure className="world-map">
      <div className="map-frame">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label} data-countries={data.length} onMouseLeave={() => setShown(null)}>
          <defs>
            <pattern id="priority-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fee2e2" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#dc2626" strokeWidth="2" />
            </pattern>
          </defs>
          {shapes().map((shape, i) => {
            const country = byCode.get(shape.code);
            if (!country) return <path key={i} d={shape.d} className="land" aria-hidden="true" />;
            const fill = country.priorityWithout ? "url(#priority-hatch)" : shadeOf(country.partners);
            const show = () => setShown({ country, at: shape.centre });
            return (
              <g key={i} data-code={shape.code} className={`country${country.priorityWithout ? " gap" : ""}`} tabIndex={0} role="img"
                aria-label={country.title} onMouseEnter={show} onFocus={show} onBlur={() => setShown(null)}>
                <path d={shape.d} fill={fill} />
                {shape.small && <circle cx={shape.centre[0]} cy={shape.centre[1]} r={4.5} fill={country.priorityWithout ? "#dc2626" : shadeOf(country.partners)} />}
              </g>
            );
          })}
        </svg>
        {shown && (
          <div className={`map-tip ${tipSide(shown.at[0])}`} role="status" style={{ left: `${(shown.at[0] / WIDTH) * 100}%`, top: `${(shown.at[1] / HEIGHT) * 100}%` }}>
            {shown.country.title}
          </div>
        )}
      </div>
      <figcaption className="map-legend">
        <span><i className="swatch" style={{ background: NONE }} /> {legend.none}</span>
        {BUCKETS.map((text, i) => <span key={text}><i className="swatch" style={{ background: SHADES[i] }} /> {text}</span>)}
        <span><i className="swatch priority" /> {legend.priority}</span>
        <span><i className="dot" /> {legend.small}</span>
      </figcaption>
    </figure>
  );
}
