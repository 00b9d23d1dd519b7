/**
 * /effectiveness?fromYear=&toYear=[&kind=][&country=][&sort=&dir=] — partnershipEffectiveness: every
 * partnership in force with its score, flags (dormant first by default), last activity and latest
 * review. A row (and its title, a real link) opens the partnership.
 */
import { Link, useNavigate, useSearchParams } from "react-router";
import { ENUM_LABELS } from "../../../src/domain/labels";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { UsdWithUnconverted } from "../components/Money";
import { EnumSelect, Toolbar, YearInput } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./EffectivenessView.messages";

interface Row {
  partnership: { id: string; title: string; kind: string };
  score: number; flags: string[]; dormant: boolean; activities: number; activitiesPerYear: number;
  fundsMobilizedUsd: number; unconvertedFunds: { amount: number; currency: string }[];
  lastActivityOn: string | null; daysSinceLastActivity: number | null;
  latestReview: { year: number; score: number; recommendation: string } | null;
}

const QUERY = `query Effectiveness($period: PeriodInput!, $kind: PartnershipKind, $country: String) {
  partnershipEffectiveness(period: $period, kind: $kind, country: $country) {
    partnership { id title kind } score flags dormant activities activitiesPerYear fundsMobilizedUsd unconvertedFunds { amount currency }
    lastActivityOn daysSinceLastActivity latestReview { year score recommendation } } }`;
const COUNTRIES = `{ countries { code name nameVi } }`;

export function EffectivenessView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { ready } = usePlanDefaults(["fromYear", "toYear"]);
  const fromYear = yearParam(params, "fromYear");
  const toYear = yearParam(params, "toYear");
  const kind = params.get("kind") || null;
  const country = params.get("country") || null;
  const query = useGraphQL<{ partnershipEffectiveness: Row[] }>(QUERY, { period: { fromYear, toYear }, kind, country }, ready && fromYear !== null && toYear !== null);
  const countries = useGraphQL<{ countries: { code: string; name: string; nameVi: string | null }[] }>(COUNTRIES, {});

  const columns: Column<Row>[] = [
    { key: "partnership", header: m.columns.partnership, cell: (r) => <Link to={href(`/partnerships/${encodeURIComponent(r.partnership.id)}`)} onClick={(e) => e.stopPropagation()}>{r.partnership.title}</Link>, sortValue: (r) => r.partnership.title },
    { key: "kind", header: m.columns.kind, cell: (r) => i18n.label("PartnershipKind", r.partnership.kind), sortValue: (r) => r.partnership.kind },
    { key: "score", header: m.columns.score, numeric: true, sortValue: (r) => r.score,
      cell: (r) => <><span className="bar-track" aria-hidden="true"><span className="bar" style={{ width: `${Math.round(r.score * 0.6)}px` }} /></span>{i18n.number(r.score, 1)}</> },
    { key: "flags", header: m.columns.flags, sortValue: (r) => (r.dormant ? 0 : 1),
      cell: (r) => r.flags.map((f) => <span key={f} className={`badge ${f === "DORMANT" ? "bad" : f === "UNREVIEWED" ? "warn" : "muted"}`}>{i18n.label("EffectivenessFlag", f)}</span>) },
    { key: "activities", header: m.columns.activities, numeric: true, cell: (r) => i18n.number(r.activities), sortValue: (r) => r.activities },
    { key: "funds", header: m.columns.funds, numeric: true, cell: (r) => <UsdWithUnconverted usd={r.fundsMobilizedUsd} unconverted={r.unconvertedFunds} word={m.unconverted} />, sortValue: (r) => r.fundsMobilizedUsd },
    { key: "lastActivity", header: m.columns.lastActivity, cell: (r) => i18n.date(r.lastActivityOn), sortValue: (r) => r.lastActivityOn },
    { key: "daysSince", header: m.columns.daysSince, numeric: true, cell: (r) => i18n.number(r.daysSinceLastActivity), sortValue: (r) => r.daysSinceLastActivity },
    { key: "review", header: m.columns.review, sortValue: (r) => r.latestReview?.score ?? null,
      cell: (r) => (r.latestReview ? `${r.latestReview.year}: ${r.latestReview.score}/5, ${i18n.label("Recommendation", r.latestReview.recommendation)}` : m.noReview) },
  ];

  return (
    <section aria-labelledby="effectiveness-title">
      <h1 id="effectiveness-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <YearInput name="fromYear" label={i18n.t.period.fromYear} />
        <YearInput name="toYear" label={i18n.t.period.toYear} />
        <EnumSelect name="kind" label={m.kind} values={Object.keys(ENUM_LABELS.PartnershipKind)} labelOf={(v) => i18n.label("PartnershipKind", v)} allLabel={i18n.t.all} />
        <EnumSelect name="country" label={m.country} values={(countries.data?.countries ?? []).map((c) => c.code)}
          labelOf={(code) => { const c = countries.data!.countries.find((x) => x.code === code)!; return `${i18n.name(c)} (${code})`; }} allLabel={i18n.t.all} />
        <ExportButtons table="effectiveness" params={{ fromYear, toYear, kind }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {(data) => {
            const rows = data.partnershipEffectiveness;
            if (rows.length === 0) return <Empty />;
            const average = rows.reduce((sum, r) => sum + r.score, 0) / rows.length;
            return (
              <>
                <div className="summary-cards">
                  <div className="card"><div className="value">{i18n.number(rows.length)}</div><div className="label">{m.cards.count}</div></div>
                  <div className="card"><div className="value">{i18n.number(rows.filter((r) => r.dormant).length)}</div><div className="label">{m.cards.dormant}</div></div>
                  <div className="card"><div className="value">{i18n.number(rows.filter((r) => r.flags.includes("UNREVIEWED")).length)}</div><div className="label">{m.cards.unreviewed}</div></div>
                  <div className="card"><div className="value">{i18n.number(average, 1)}</div><div className="label">{m.cards.average}</div></div>
                </div>
                <DataTable caption={`${m.tableCaption}, ${fromYear}–${toYear}`} columns={columns} rows={rows} rowKey={(r) => r.partnership.id}
                  defaultSort={{ key: "flags", dir: "asc" }} onRowClick={(r) => navigate(href(`/partnerships/${encodeURIComponent(r.partnership.id)}`))} />
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}
