/**
 * /partnerships/:id — one partnership: what it is, its domestic and foreign parties (links to their
 * pages), the timeline of its activities (newest first, page by page), its projects with their
 * money, and its yearly reviews.
 */
import { Link, useParams } from "react-router";
import { graphql, useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { PROJECT_FIELDS, ProjectTable, type ProjectRow } from "../components/ProjectTable";
import { Empty, Loaded } from "../components/States";
import { NEWEST_FIRST, TIMELINE_FIELDS, Timeline, activityPageOf, useActivityPages, type ActivityConnection, type ActivityPage } from "../components/Timeline";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./PartnershipView.messages";
import "./PartnershipView.css";

interface Party { id: string; name: string; nameVi: string | null; country: { code: string; name: string; nameVi: string | null } }
interface Review { id: string; year: number; score: number; recommendation: string; reviewedOn: string; findings: string | null; reviewer: { name: string; nameVi: string | null } }
interface Partnership {
  id: string; kind: string; title: string; signedOn: string; endedOn: string | null; sectors: string[];
  domesticParties: Party[]; foreignParties: Party[]; projects: ProjectRow[]; reviews: Review[];
}

const PARTY = "id name nameVi country { code name nameVi }";
const QUERY = `query Partnership($id: ID!) { partnership(id: $id) {
  id kind title signedOn endedOn sectors domesticParties { ${PARTY} } foreignParties { ${PARTY} }
  projects { ${PROJECT_FIELDS} }
  reviews { id year score recommendation reviewedOn findings reviewer { name nameVi } } } }`;
const ACTIVITIES = `query PartnershipActivities($id: ID!, $after: String) { partnership(id: $id) {
  activities(first: 20, after: $after, orderBy: ${NEWEST_FIRST}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TIMELINE_FIELDS} } } } } }`;

async function activityPage(id: string, after: string | null): Promise<ActivityPage> {
  const data = await graphql<{ partnership: { activities: ActivityConnection } | null }>(ACTIVITIES, { id, after });
  return activityPageOf(data.partnership?.activities);
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
        <dt>{m.status}</dt><dd>{p.endedOn ? `${m.endedOn} ${i18n.date(p.endedOn)}` : <span className="badge ok">{m.inForce}</span>}</dd>
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
        <ProjectTable caption={m.projects} projects={p.projects} />
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
