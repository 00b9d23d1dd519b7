/**
 * /effectiveness?fromYear=&toYear=[&kind=][&country=][&domesticPartyId=][&sort=&dir=] —
 * partnershipEffectiveness: every partnership in force with its score, flags (dormant first by
 * default), last activity and latest review. A row (and its title, a real link) opens the partnership.
 */
import { Link, useNavigate, useSearchParams } from "react-router";
import { ENUM_LABELS } from "../../../src/domain/labels";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { UsdWithUnconverted } from "../components/Money";
import { EnumSelect, FilterChip, Toolbar, YearInput } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./EffectivenessView.messages";
import "./EffectivenessView.css";

interface Row {
  partnership: { id: string; title: string; kind: string };
  score: number; flags: string[]; dormant: boolean; activities: number; activitiesPerYear: number;
  fundsMobilizedUsd: number; unconvertedFunds: { amount: number; currency: string }[];
  lastActivityOn: string | null; daysSinceLastActivity: number | null;
  latestReview: { year: number; score: number; recommendation: string } | null;
}
interface Named { name: string; nameVi: string | null }

const QUERY = `query Effectiveness($period: PeriodInput!, $kind: PartnershipKind, $country: String, $domesticPartyId: ID) {
  partnershipEffectiveness(period: $period, kind: $kind, country: $country, domesticPartyId: $domesticPartyId) {
    partnership { id title kind } score flags dormant activities activitiesPerYear fundsMobilizedUsd unconvertedFunds { amount currency }
    lastActivityOn daysSinceLastActivity latestReview { year score recommendation } } }`;
const COUNTRIES = `{ countries { code name nameVi } }`;
const ACTOR = `query Party($id: ID!) { actor(id: $id) { name nameVi } }`;
const FLAG_CLASS: Record<string, string> = { DORMANT: "bad", UNREVIEWED: "warn", ENDED: "muted", NEW: "ok" };
const PARTNERSHIP_KINDS = Object.keys(ENUM_LABELS.PartnershipKind);

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
  const domesticPartyId = params.get("domesticPartyId") || null;
  const query = useGraphQL<{ partnershipEffectiveness: Row[] }>(QUERY, { period: { fromYear, toYear }, kind, country, domesticPartyId },
    ready && fromYear !== null && toYear !== null);
  const countries = useGraphQL<{ countries: (Named & { code: string })[] }>(COUNTRIES, {});
  const party = useGraphQL<{ actor: Named | null }>(ACTOR, { id: domesticPartyId }, domesticPartyId !== null);
  const countryList = [...(countries.data?.countries ?? [])].sort((a, b) => i18n.name(a).localeCompare(i18n.name(b), i18n.lang));
  const linkOf = (r: Row) => href(`/partnerships/${encodeURIComponent(r.partnership.id)}`);

  const columns: Column<Row>[] = [
    { key: "partnership", header: m.columns.partnership, sortValue: (r) => r.partnership.title,
      // The row opens the partnership too; the link is what keyboards and screen readers use.
      cell: (r) => <Link to={linkOf(r)} onClick={(e) => e.stopPropagation()}>{r.partnership.title}</Link> },
    { key: "kind", header: m.columns.kind, cell: (r) => i18n.label("PartnershipKind", r.partnership.kind), sortValue: (r) => i18n.label("PartnershipKind", r.partnership.kind) },
    { key: "score", header: m.columns.score, numeric: true, sortValue: (r) => r.score, cell: (r) => <ScoreBar score={r.score} /> },
    { key: "flags", header: m.columns.flags, sortValue: (r) => (r.dormant ? 0 : 1),
      cell: (r) => r.flags.map((f) => <span key={f} className={`badge ${FLAG_CLASS[f] ?? "muted"}`}>{i18n.label("EffectivenessFlag", f)}</span>) },
    { key: "activities", header: m.columns.activities, numeric: true, cell: (r) => i18n.number(r.activities), sortValue: (r) => r.activities },
    { key: "funds", header: m.columns.funds, numeric: true, cell: (r) => <UsdWithUnconverted usd={r.fundsMobilizedUsd} unconverted={r.unconvertedFunds} word={m.unconverted} />, sortValue: (r) => r.fundsMobilizedUsd },
    { key: "lastActivity", header: m.columns.lastActivity, cell: (r) => i18n.date(r.lastActivityOn), sortValue: (r) => r.lastActivityOn },
    { key: "daysSince", header: m.columns.daysSince, numeric: true, cell: (r) => i18n.number(r.daysSinceLastActivity), sortValue: (r) => r.daysSinceLastActivity },
    { key: "review", header: m.columns.review, sortValue: (r) => r.latestReview?.year ?? null,
      cell: (r) => (r.latestReview
        ? <span className="review">{r.latestReview.year} · {m.reviewScore(i18n.number(r.latestReview.score))} · {i18n.label("Recommendation", r.latestReview.recommendation)}</span>
        : <span className="none">{m.noReview}</span>) },
  ];

  const partyName = party.data?.actor ? i18n.name(party.data.actor) : domesticPartyId;
  return (
    <section aria-labelledby="effectiveness-title">
      <h1 id="effectiveness-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <YearInput name="fromYear" label={i18n.t.period.fromYear} />
        <YearInput name="toYear" label={i18n.t.period.toYear} />
        <EnumSelect name="kind" label={m.kind} values={PARTNERSHIP_KINDS} labelOf={(v) => i18n.label("PartnershipKind", v)} allLabel={i18n.t.all} />
        <EnumSelect name="country" label={m.country} values={countryList.map((c) => c.code)}
          labelOf={(code) => `${i18n.name(countryList.find((c) => c.code === code)!)} (${code})`} allLabel={i18n.t.all} />
        {domesticPartyId && <FilterChip name="domesticPartyId" label={m.domesticParty} value={partyName ?? ""} />}
        <ExportButtons table="effectiveness" params={{ fromYear, toYear, kind, country, domesticPartyId }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {({ partnershipEffectiveness: rows }) => rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
            <>
              <Summary rows={rows} />
              <DataTable caption={m.tableCaption(`${fromYear}–${toYear}`, i18n.number(rows.length))} columns={columns} rows={rows} rowKey={(r) => r.partnership.id}
                defaultSort={{ key: "flags", dir: "asc" }} rowClass={(r) => (r.dormant ? "dormant-row" : undefined)} onRowClick={(r) => navigate(linkOf(r))} />
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** A 0..100 score as a small bar beside its number (one decimal, in the language's format). */
function ScoreBar({ score }: { score: number }) {
  const i18n = useI18n();
  const level = score >= 60 ? "high" : score >= 30 ? "mid" : "low";
  return (
    <span className="score">
      <span className="score-track" aria-hidden="true"><span className={`score-fill ${level}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} /></span>
      <span className="score-value">{i18n.number(score, 1)}</span>
    </span>
  );
}

/** How many partnerships, how many dormant or unreviewed, and the average score. */
function Summary({ rows }: { rows: Row[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const average = rows.reduce((sum, r) => sum + r.score, 0) / rows.length;
  const cards: [string, string, string][] = [
    ["count", i18n.number(rows.length), m.cards.count],
    ["dormant", i18n.number(rows.filter((r) => r.dormant).length), m.cards.dormant],
    ["unreviewed", i18n.number(rows.filter((r) => r.flags.includes("UNREVIEWED")).length), m.cards.unreviewed],
    ["average", i18n.number(average, 1), m.cards.average],
  ];
  return (
    <div className="summary-cards">
      {cards.map(([key, value, label]) => <div key={key} className="card" data-card={key}><div className="value">{value}</div><div className="label">{label}</div></div>)}
    </div>
  );
}
