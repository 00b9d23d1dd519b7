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
import { MultiSelect, PlanSelect, Toolbar, YearInput } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { WorldMap } from "../components/WorldMap";
import { useI18n, useMessages } from "../i18n";
import { en, vi } from "./CoverageView.messages";
import "./CoverageView.css";

interface Money { amount: number; currency: string }
interface Row {
  country: { code: string; name: string; nameVi: string | null; region: string };
  partners: number; activePartners: number; partnershipsInForce: number; sisterLocalities: number; activities: number; projects: number;
  fundsMobilizedUsd: number; unconvertedFunds: Money[]; lastActivityOn: string | null; priority: boolean; status: string;
}
interface Totals { partners: number; partnershipsInForce: number; activities: number; projects: number; fundsMobilizedUsd: number; unconvertedFunds: Money[] }
interface Answer { partnerCoverage: { rows: Row[]; totals: Totals } }

const QUERY = `query Coverage($period: PeriodInput!, $planId: ID, $kinds: [ActorKind!]) {
  partnerCoverage(period: $period, planId: $planId, kinds: $kinds) {
    rows { country { code name nameVi region } partners activePartners partnershipsInForce sisterLocalities activities projects
           fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn priority status }
    totals { partners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } } } }`;

const ACTOR_KINDS = Object.keys(ENUM_LABELS.ActorKind);
const STATUS_CLASS: Record<string, string> = { ACTIVE: "ok", INACTIVE: "muted", NONE: "bad" };
const isGap = (r: Row) => r.priority && r.partners === 0;

export function CoverageView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const [params] = useSearchParams();
  const { ready, plans } = usePlanDefaults(["fromYear", "toYear", "planId"]);
  const fromYear = yearParam(params, "fromYear");
  const toYear = yearParam(params, "toYear");
  const planId = params.get("planId") || null;
  const kinds = (params.get("kinds") ?? "").split(",").filter((k) => ACTOR_KINDS.includes(k));
  const query = useGraphQL<Answer>(QUERY, { period: { fromYear, toYear }, planId, kinds: kinds.length ? kinds : null }, ready && fromYear !== null && toYear !== null);

  const count = (key: keyof Row, header: string): Column<Row> =>
    ({ key, header, numeric: true, cell: (r) => i18n.number(r[key] as number), sortValue: (r) => r[key] as number });
  const columns: Column<Row>[] = [
    { key: "country", header: m.columns.country, cell: (r) => <><span className="code">{r.country.code}</span> {i18n.name(r.country)}</>, sortValue: (r) => r.country.code },
    { key: "region", header: m.columns.region, cell: (r) => <span className="nowrap">{i18n.label("Region", r.country.region)}</span>, sortValue: (r) => i18n.label("Region", r.country.region) },
    { key: "priority", header: m.columns.priority, cell: (r) => (r.priority ? <span className="priority-mark"><span aria-hidden="true">★</span> {m.yes}</span> : ""), sortValue: (r) => (r.priority ? 0 : 1) },
    { key: "status", header: m.columns.status, cell: (r) => <span className={`badge ${STATUS_CLASS[r.status] ?? "muted"}`}>{i18n.label("CoverageStatus", r.status)}</span>, sortValue: (r) => r.status },
    count("partners", m.columns.partners),
    count("activePartners", m.columns.activePartners),
    count("partnershipsInForce", m.columns.partnershipsInForce),
    count("sisterLocalities", m.columns.sisterLocalities),
    count("activities", m.columns.activities),
    count("projects", m.columns.projects),
    { key: "funds", header: m.columns.funds, numeric: true, cell: (r) => <UsdWithUnconverted usd={r.fundsMobilizedUsd} unconverted={r.unconvertedFunds} word={m.unconverted} />, sortValue: (r) => r.fundsMobilizedUsd },
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
        <MultiSelect name="kinds" label={m.kinds} values={ACTOR_KINDS} labelOf={(v) => i18n.label("ActorKind", v)} allLabel={i18n.t.all} />
        <ExportButtons table="coverage" params={{ fromYear, toYear, planId, kinds: kinds.join(",") }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {({ partnerCoverage: { rows, totals } }) => (
            <>
              {planId && <PriorityGaps gaps={rows.filter(isGap)} />}
              <WorldMap
                label={m.mapLabel}
                legend={{ none: m.legendNone, priority: m.legendPriority, small: m.legendSmall }}
                data={rows.map((r) => ({ code: r.country.code, partners: r.partners, priorityWithout: isGap(r),
                  title: m.hover(i18n.name(r.country), i18n.number(r.partners), i18n.number(r.activePartners), i18n.number(r.activities), i18n.label("CoverageStatus", r.status)) }))}
              />
              {rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
                <DataTable caption={m.tableCaption(`${fromYear}–${toYear}`, i18n.number(rows.length))} columns={columns} rows={rows}
                  rowKey={(r) => r.country.code} defaultSort={{ key: "country", dir: "asc" }} rowClass={(r) => (isGap(r) ? "gap-row" : undefined)} footer={<TotalsRow totals={totals} />} />
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** The plan's priority countries that have no partner, named before anything else. */
function PriorityGaps({ gaps }: { gaps: Row[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  if (gaps.length === 0) return <div className="callout ok" role="note" data-testid="priority-gaps">{m.noGaps}</div>;
  return (
    <div className="callout warn priority-gaps" role="note" data-testid="priority-gaps">
      <strong>{m.gaps(i18n.number(gaps.length))}</strong>
      <ul>{gaps.map((r) => <li key={r.country.code} data-key={r.country.code}>{i18n.name(r.country)}</li>)}</ul>
    </div>
  );
}

/** The totals, under the columns they sum (the API counts each partnership, activity and amount once). */
function TotalsRow({ totals }: { totals: Totals }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  return (
    <tr className="total">
      <th scope="row" colSpan={4}>{m.total}</th>
      <td className="num">{i18n.number(totals.partners)}</td>
      <td />
      <td className="num">{i18n.number(totals.partnershipsInForce)}</td>
      <td />
      <td className="num">{i18n.number(totals.activities)}</td>
      <td className="num">{i18n.number(totals.projects)}</td>
      <td className="num"><UsdWithUnconverted usd={totals.fundsMobilizedUsd} unconverted={totals.unconvertedFunds} word={m.unconverted} /></td>
      <td />
    </tr>
  );
}
