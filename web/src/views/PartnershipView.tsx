/**
 * /partnerships/:id — one partnership: what it is, its domestic and foreign parties (links to their
 * pages), the timeline of its activities (newest first, page by page), its projects with their
 * money, and its yearly reviews.
 */
import { Link, useParams } from "react-router";
import { graphql, useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { MoneyText, type MoneyValue } from "../components/MoneyText";
import { Empty, Loaded } from "../components/States";
import { TIMELINE_FIELDS, Timeline, useActivityPages, type ActivityPage, type TimelineActivity } from "../components/Timeline";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./PartnershipView.messages";
import "./PartnershipView.css";

interface Party { id: string; name: string; nameVi: string | null; country: { code: string; name: string; nameVi: string | null } }
interface Project {
  id: string; title: string; status: string; fundingType: string; startOn: string; endOn: string | null;
  committed: MoneyValue; disbursed: MoneyValue | null;
}
interface Review { id: string; year: number; score: number; recommendation: string; reviewedOn: string; findings: string | null; reviewer: { name: string; nameVi: string | null } }
interface Partnership {
  id: string; kind: string; title: string; signedOn: string; endedOn: string | null; sectors: string[];
  domesticParties: Party[]; foreignParties: Party[]; projects: Project[]; reviews: Review[];
}
interface Connection<T> { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] }

const PARTY = "id name nameVi country { code name nameVi }";
const QUERY = `query Partnership($id: ID!) { partnership(id: $id) {
  id kind title signedOn endedOn sectors domesticParties { ${PARTY} } foreignParties { ${PARTY} }
  projects { id title status fundingType startOn endOn committed { amount currency } disbursed { amount currency } }
  reviews { id year score recommendation reviewedOn findings reviewer { name nameVi } } } }`;
const ACTIVITIES = `query PartnershipActivities($id: ID!, $after: String) { partnership(id: $id) {
  activities(first: 20, after: $after, orderBy: NEWEST_FIRST) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TIMELINE_FIELDS} } } } } }`;

async function activityPage(id: string, after: string | null): Promise<ActivityPage> {
  const data = await graphql<{ partnership: { activities: Connection<TimelineActivity> } | null }>(ACTIVITIES, { id, after });
  const page = data.partnership?.activities;
  if (!page) return { totalCount: 0, hasNextPage: false, endCursor: null, activities: [] };
  return { totalCount: page.totalCount, ...page.pageInfo, activities: page.edges.map((e) => e.node) };
}

export function PartnershipView() {
  const { id = "" } = useParams();
  const m = useMessages({ vi, en });
  const query = useGraphQL<{ partnership: Partnership | null }>(QUERY, { id });
  return (
    <Loaded query={query}>
      {({ partnership }) => (partnership ? <PartnershipPage p={partnership} /> : <Empty><span data-testid="not-found">{m.notFound(id)}</span></Empty>)}
    </Loaded>
  );
}

function PartnershipPage({ p }: { p: Partnership }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const activities = useActivityPages(["partnership", p.id], (after) => activityPage(p.id, after));
  const total = activities.data?.pages[0].totalCount;
  return (
    <article className="pv" aria-labelledby="partnership-title">
      <p className="subtitle">{i18n.label("PartnershipKind", p.kind)}</p>
      <h1 id="partnership-title">{p.title}</h1>
      <dl className="pv-facts">
        <dt>{m.signedOn}</dt><dd>{i18n.date(p.signedOn)}</dd>
        <dt>{m.endedOn}</dt><dd>{p.endedOn ? i18n.date(p.endedOn) : <span className="badge ok">{m.inForce}</span>}</dd>
        <dt>{m.sectors}</dt><dd>{p.sectors.length ? p.sectors.map((s) => <span key={s} className="badge muted">{i18n.label("Sector", s)}</span>) : "—"}</dd>
      </dl>

      <div className="pv-sides">
        <Parties title={m.domesticParties} parties={p.domesticParties} testId="domestic-parties" />
        <Parties title={m.foreignParties} parties={p.foreignParties} testId="foreign-parties" />
      </div>

      <h2>{m.activities} {total !== undefined && <span className="count" data-testid="activity-count">({i18n.number(total)})</span>}</h2>
      <Timeline pages={activities} />

      <h2>{m.projects} <span className="count">({i18n.number(p.projects.length)})</span></h2>
      {p.projects.length === 0 ? <Empty>{m.noProjects}</Empty> : (
        <DataTable caption={m.projects} rows={p.projects} rowKey={(x) => x.id} columns={[
          { key: "title", header: m.columns.title, cell: (x) => x.title },
          { key: "status", header: m.columns.status, cell: (x) => i18n.label("ProjectStatus", x.status) },
          { key: "fundingType", header: m.columns.fundingType, cell: (x) => i18n.label("FundingType", x.fundingType) },
          { key: "period", header: m.columns.period, cell: (x) => `${i18n.date(x.startOn)} – ${x.endOn ? i18n.date(x.endOn) : "…"}` },
          { key: "committed", header: m.columns.committed, numeric: true, cell: (x) => <MoneyText value={x.committed} /> },
          { key: "disbursed", header: m.columns.disbursed, numeric: true, cell: (x) => <MoneyText value={x.disbursed} /> },
        ]} />
      )}

      <h2>{m.reviews} <span className="count">({i18n.number(p.reviews.length)})</span></h2>
      {p.reviews.length === 0 ? <Empty>{m.noReviews}</Empty> : (
        <DataTable caption={m.reviews} rows={[...p.reviews].sort((a, b) => b.year - a.year || b.reviewedOn.localeCompare(a.reviewedOn))} rowKey={(r) => r.id} columns={[
          { key: "year", header: m.columns.year, cell: (r) => r.year },
          { key: "score", header: m.columns.score, numeric: true, cell: (r) => <span className="pv-score">{i18n.number(r.score)}/5</span> },
          { key: "recommendation", header: m.columns.recommendation, cell: (r) => i18n.label("Recommendation", r.recommendation) },
          { key: "reviewer", header: m.columns.reviewer, cell: (r) => `${i18n.name(r.reviewer)}, ${i18n.date(r.reviewedOn)}` },
          { key: "findings", header: m.columns.findings, cell: (r) => r.findings ?? "—" },
        ]} />
      )}
    </article>
  );
}

function Parties({ title, parties, testId }: { title: string; parties: Party[]; testId: string }) {
  const i18n = useI18n();
  const href = useAppHref();
  return (
    <section>
      <h2>{title}</h2>
      <ul className="pv-parties" data-testid={testId}>
        {parties.map((party) => (
          <li key={party.id} data-key={party.id}>
            <Link to={href(`/actors/${encodeURIComponent(party.id)}`)}>{i18n.name(party)}</Link>{" "}
            <span className="code" title={i18n.name(party.country)}>{party.country.code}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
