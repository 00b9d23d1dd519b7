/**
 * /partnerships/:id — one partnership: what it is, its domestic and foreign parties (links to their
 * pages), the timeline of its activities (newest first, page by page), its projects with their
 * money, and its yearly reviews. An international agreement shows its document number, expiry (with
 * its renewals), the date it was reported to the central authority and its commitments.
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
interface Commitment { id: string; description: string; kind: string; target: number; perYear: boolean; activityKinds: string[] | null }
interface Agreement {
  documentNumber: string | null; expiresOn: string | null; termYears: number | null; reportedOn: string | null;
  renewals: { renewedOn: string; expiresOn: string }[]; commitments: Commitment[];
}
interface Partnership extends Agreement {
  id: string; kind: string; title: string; titleVi: string | null; signedOn: string; endedOn: string | null; sectors: string[];
  domesticParties: Party[]; foreignParties: Party[]; projects: ProjectRow[]; reviews: Review[];
}

const PARTY = "id name nameVi country { code name nameVi }";
const QUERY = `query Partnership($id: ID!) { partnership(id: $id) {
  id kind title titleVi signedOn endedOn sectors documentNumber expiresOn termYears reportedOn
  renewals { renewedOn expiresOn } commitments { id description kind target perYear activityKinds }
  domesticParties { ${PARTY} } foreignParties { ${PARTY} }
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
      <h1 id="partnership-title">{i18n.title(p)}</h1>
      <dl className="pv-facts">
        <dt>{m.signedOn}</dt><dd>{i18n.date(p.signedOn)}</dd>
        <dt>{m.status}</dt><dd>{p.endedOn ? `${m.endedOn} ${i18n.date(p.endedOn)}` : <span className="badge ok">{m.inForce}</span>}</dd>
        <dt>{m.sectors}</dt><dd>{p.sectors.length ? p.sectors.map((s) => <span key={s} className="badge muted">{i18n.label("Sector", s)}</span>) : "—"}</dd>
      </dl>

      {isAgreement(p) && <AgreementBlock a={p} />}

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

/** Whether the partnership carries anything of an agreement (as agreementReview counts it). */
function isAgreement(a: Agreement): boolean {
  return Boolean(a.documentNumber || a.expiresOn || a.reportedOn || a.renewals.length || a.commitments.length);
}

/** The agreement behind the partnership: its document, term, renewals, report and commitments. */
function AgreementBlock({ a }: { a: Agreement }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  // The measure's label names the currency of funds.
  const target = (c: Commitment) => i18n.number(c.target, c.kind === "FUNDS_USD" ? 2 : 1);
  return (
    <section className="pv-agreement" data-testid="agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{m.agreement.title}</h2>
      <dl className="pv-facts">
        <dt>{m.agreement.documentNumber}</dt><dd data-testid="document-number">{a.documentNumber ?? "—"}</dd>
        <dt>{m.agreement.expiresOn}</dt>
        <dd data-testid="expires-on">
          {a.expiresOn ? i18n.date(a.expiresOn) : m.agreement.openEnded}
          {a.termYears !== null && <span className="muted-text"> ({m.agreement.term(i18n.number(a.termYears))})</span>}
        </dd>
        {a.renewals.length > 0 && <>
          <dt>{m.agreement.renewals}</dt>
          <dd>
            <ul className="pv-renewals" data-testid="renewals">
              {a.renewals.map((r) => <li key={r.renewedOn} data-key={r.renewedOn}>{m.agreement.renewal(i18n.date(r.renewedOn), i18n.date(r.expiresOn))}</li>)}
            </ul>
          </dd>
        </>}
        <dt>{m.agreement.reportedOn}</dt>
        <dd data-testid="reported-on">{a.reportedOn ? i18n.date(a.reportedOn) : <span className="badge bad">{m.agreement.notReported}</span>}</dd>
      </dl>
      {a.commitments.length > 0 && (
        <div data-testid="commitments">
          <DataTable caption={m.agreement.commitments} rows={a.commitments} rowKey={(c) => c.id} columns={[
            { key: "description", header: m.agreement.columns.description, cell: (c) => c.description },
            { key: "kind", header: m.agreement.columns.kind, cell: (c) => i18n.label("CommitmentKind", c.kind) },
            { key: "target", header: m.agreement.columns.target, numeric: true, cell: (c) => target(c) },
            { key: "perYear", header: m.agreement.columns.perYear, cell: (c) => (c.perYear ? m.agreement.perYear : m.agreement.wholeTerm) },
            { key: "activityKinds", header: m.agreement.columns.activityKinds,
              cell: (c) => (c.activityKinds?.length ? c.activityKinds.map((k) => <span key={k} className="badge muted">{i18n.label("ActivityKind", k)}</span>) : c.kind === "ACTIVITIES" ? m.agreement.anyKind : "—") },
          ]} />
        </div>
      )}
    </section>
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
