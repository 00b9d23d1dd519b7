/**
 * /coverage?fromYear=&toYear=&planId=[&kinds=A,B][&sort=&dir=] — partnerCoverage as a world map and
 * a table with totals. Priority countries without a partner are called out above the map.
 */
import { useSearchParams } from "react-router";
import { ENUM_LABELS } from "../../../src/domain/labels";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { UsdWithUnconverted } from "../components/Money";
import { PlanSelect, Toolbar, YearInput, useParamSetter } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { WorldMap } from "../components/WorldMap";
import { useI18n, useMessages } from "../i18n";
import { en, vi } from "./CoverageView.messages";

interface Money { amount: number; currency: string }
interface Row {
  country: { code: string; name: string; nameVi: string | null; region: string };
  partners: number; activePartners: number; partnershipsInForce: number; sisterLocalities: number; activities: number; projects: number;
  fundsMobilizedUsd: number; unconvertedFunds: Money[]; lastActivityOn: string | null; priority: boolean; status: string;
}
interface Answer {
  partnerCoverage: { rows: Row[]; totals: { partners: number; partnershipsInForce: number; activities: number; projects: number; fundsMobilizedUsd: number; unconvertedFunds: Money[] } };
}

const QUERY = `query Coverage($period: PeriodInput!, $planId: ID, $kinds: [ActorKind!]) {
  partnerCoverage(period: $period, planId: $planId, kinds: $kinds) {
    rows { country { code name nameVi region } partners activePartners partnershipsInForce sisterLocalities activities projects
           fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn priority status }
    totals { partners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } } } }`;

const ACTOR_KINDS = Object.keys(ENUM_LABELS.ActorKind);

export function CoverageView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const [params] = useSearchParams();
  const set = useParamSetter();
  const { ready, plans } = usePlanDefaults(["fromYear", "toYear", "planId"]);
  const fromYear = yearParam(params, "fromYear");
  const toYear = yearParam(params, "toYear");
  const planId = params.get("planId") || null;
  const kinds = (params.get("kinds") ?? "").split(",").filter((k) => ACTOR_KINDS.includes(k));
  const query = useGraphQL<Answer>(QUERY, { period: { fromYear, toYear }, planId, kinds: kinds.length ? kinds : null }, ready && fromYear !== null && toYear !== null);

  const toggleKind = (kind: string) => {
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
    set("kinds", next.join(","));
  };

  const columns: Column<Row>[] = [
    { key: "country", header: m.columns.country, cell: (r) => <><span className="code">{r.country.code}</span> {i18n.name(r.country)}</>, sortValue: (r) => r.country.code },
    { key: "region", header: m.columns.region, cell: (r) => i18n.label("Region", r.country.region), sortValue: (r) => i18n.label("Region", r.country.region) },
    { key: "priority", header: m.columns.priority, cell: (r) => (r.priority ? <span className="badge warn">{m.yes}</span> : ""), sortValue: (r) => (r.priority ? 0 : 1) },
    { key: "status", header: m.columns.status, cell: (r) => <span className={`badge ${r.status === "ACTIVE" ? "ok" : r.status === "NONE" ? "bad" : "muted"}`}>{i18n.label("CoverageStatus", r.status)}</span>, sortValue: (r) => r.status },
    { key: "partners", header: m.columns.partners, cell: (r) => i18n.number(r.partners), sortValue: (r) => r.partners, numeric: true },
    { key: "activePartners", header: m.columns.activePartners, cell: (r) => i18n.number(r.activePartners), sortValue: (r) => r.activePartners, numeric: true },
    { key: "partnershipsInForce", header: m.columns.partnershipsInForce, cell: (r) => i18n.number(r.partnershipsInForce), sortValue: (r) => r.partnershipsInForce, numeric: true },
    { key: "sisterLocalities", header: m.columns.sisterLocalities, cell: (r) => i18n.number(r.sisterLocalities), sortValue: (r) => r.sisterLocalities, numeric: true },
    { key: "activities", header: m.columns.activities, cell: (r) => i18n.number(r.activities), sortValue: (r) => r.activities, numeric: true },
    { key: "projects", header: m.columns.projects, cell: (r) => i18n.number(r.projects), sortValue: (r) => r.projects, numeric: true },
    { key: "funds", header: m.columns.funds, cell: (r) => <UsdWithUnconverted usd={r.fundsMobilizedUsd} unconverted={r.unconvertedFunds} word={m.unconverted} />, sortValue: (r) => r.fundsMobilizedUsd, numeric: true },
    { key: "lastActivity", header: m.columns.lastActivity, cell: (r) => i18n.date(r.lastActivityOn), sortValue: (r) => r.lastActivityOn },
  ];

  return (
    <section aria-labelledby="coverage-title">
      <h1 id="coverage-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <YearInput name="fromYear" label={i18n.t.period.fromYear} />
        <YearInput name="toYear" label={i18n.t.period.toYear} />
        <PlanSelect plans={plans} optional />
        <fieldset className="kinds">
          <legend>{m.kinds}</legend>
          {ACTOR_KINDS.map((kind) => (
            <label key={kind} className="check"><input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {i18n.label("ActorKind", kind)}</label>
          ))}
        </fieldset>
        <ExportButtons table="coverage" params={{ fromYear, toYear, planId }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {(data) => {
            const { rows, totals } = data.partnerCoverage;
            const gaps = rows.filter((r) => r.priority && r.partners === 0);
            return (
              <>
                {planId && (
                  <div className={`callout ${gaps.length ? "warn" : "ok"}`} role="note" data-testid="priority-gaps">
                    <strong>{m.gaps}:</strong> {gaps.length ? gaps.map((r) => i18n.name(r.country)).join(", ") : m.noGaps}
                  </div>
                )}
                <WorldMap
                  label={m.mapLabel}
                  legend={{ none: m.legendNone, priority: m.legendPriority }}
                  data={rows.map((r) => ({ code: r.country.code, partners: r.partners, priorityWithout: r.priority && r.partners === 0,
                    title: m.hover(i18n.name(r.country), i18n.number(r.partners), i18n.number(r.activities)) }))}
                />
                {rows.length === 0 ? <Empty /> : (
                  <DataTable caption={`${m.tableCaption}, ${fromYear}–${toYear}`} columns={columns} rows={rows} rowKey={(r) => r.country.code}
                    footer={
                      <tr className="total">
                        <td colSpan={4}>{m.total}</td>
                        <td className="num">{i18n.number(totals.partners)}</td>
                        <td />
                        <td className="num">{i18n.number(totals.partnershipsInForce)}</td>
                        <td />
                        <td className="num">{i18n.number(totals.activities)}</td>
                        <td className="num">{i18n.number(totals.projects)}</td>
                        <td className="num"><UsdWithUnconverted usd={totals.fundsMobilizedUsd} unconverted={totals.unconvertedFunds} word={m.unconverted} /></td>
                        <td />
                      </tr>
                    } />
                )}
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}
