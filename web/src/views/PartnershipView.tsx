/**
 * /partnerships/:id — one partnership: its parties, a timeline of its activities (newest first, all
 * pages on demand), its projects with their money, and its reviews.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { graphql, useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { Empty, ErrorBox, Loaded, Loading } from "../components/States";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./PartnershipView.messages";

interface Party { id: string; name: string; nameVi: string | null; country: { code: string; name: string; nameVi: string | null } }
interface Money { amount: number; currency: string }
interface Partnership {
  id: string; kind: string; title: string; signedOn: string; endedOn: string | null; sectors: string[];
  domesticParties: Party[]; foreignParties: Party[];
  projects: { id: string; title: string; status: string; fundingType: string; startOn: string; endOn: string | null; committed: Money; disbursed: Money | null }[];
  reviews: { id: string; year: number; score: number; recommendation: string; reviewedOn: string; findings: string | null; reviewer: { name: string; nameVi: string | null } }[];
}
interface ActivityPage {
  partnership: { activities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; kind: string; title: string; date: string; funds: Money | null; outcome: string | null } }[] } } | null;
}

const PARTY = "id name nameVi country { code name nameVi }";
const QUERY = `query Partnership($id: ID!) { partnership(id: $id) {
  id kind title signedOn endedOn sectors domesticParties { ${PARTY} } foreignParties { ${PARTY} }
  projects { id title status fundingType startOn endOn committed { amount currency } disbursed { amount currency } }
  reviews { id year score recommendation reviewedOn findings reviewer { name nameVi } } } }`;
const ACTIVITIES = `query PartnershipActivities($id: ID!, $after: String) { partnership(id: $id) {
  activities(first: 50, after: $after, orderBy: NEWEST_FIRST) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title date funds { amount currency } outcome } } } } }`;

export function PartnershipView() {
  const { id = "" } = useParams();
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const query = useGraphQL<{ partnership: Partnership | null }>(QUERY, { id });
  const timeline = useInfiniteQuery({
    queryKey: ["partnership-activities", id],
    queryFn: ({ pageParam }) => graphql<ActivityPage>(ACTIVITIES, { id, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.partnership?.activities.pageInfo.hasNextPage ? last.partnership.activities.pageInfo.endCursor : undefined),
    retry: false,
  });
  const party = (p: Party) => <li key={p.id}><Link to={href(`/actors/${encodeURIComponent(p.id)}`)}>{i18n.name(p)}</Link> <span className="code">{p.country.code}</span></li>;

  return (
    <Loaded query={query}>
      {({ partnership: p }) => !p ? <Empty>{i18n.t.states.notFound}</Empty> : (
        <article aria-labelledby="partnership-title">
          <p className="subtitle">{i18n.label("PartnershipKind", p.kind)}</p>
          <h1 id="partnership-title">{p.title}</h1>
          <dl className="facts">
            <dt>{m.signedOn}</dt><dd>{i18n.date(p.signedOn)}</dd>
            <dt>{m.endedOn}</dt><dd>{p.endedOn ? i18n.date(p.endedOn) : m.inForce}</dd>
            <dt>{m.sectors}</dt><dd>{p.sectors.map((s) => i18n.label("Sector", s)).join(", ") || "—"}</dd>
          </dl>
          <div className="two-columns">
            <section><h2>{m.domesticParties}</h2><ul data-testid="domestic-parties">{p.domesticParties.map(party)}</ul></section>
            <section><h2>{m.foreignParties}</h2><ul data-testid="foreign-parties">{p.foreignParties.map(party)}</ul></section>
          </div>

          <h2>{m.activities} {timeline.data && <span className="count" data-testid="activity-count">({i18n.number(timeline.data.pages[0].partnership?.activities.totalCount ?? 0)})</span>}</h2>
          {timeline.error ? <ErrorBox error={timeline.error} /> : !timeline.data ? <Loading /> : (
            <>
              <ol className="timeline" data-testid="timeline">
                {timeline.data.pages.flatMap((page) => page.partnership?.activities.edges ?? []).map(({ node: a }) => (
                  <li key={a.id} data-key={a.id}>
                    <time dateTime={a.date}>{i18n.date(a.date)}</time>
                    <span className="badge muted">{i18n.label("ActivityKind", a.kind)}</span> {a.title}
                    {a.funds && <span className="amount"> · {i18n.money(a.funds.amount, a.funds.currency)}</span>}
                    {a.outcome && <div className="outcome">{a.outcome}</div>}
                  </li>
                ))}
              </ol>
              {timeline.data.pages[0].partnership?.activities.totalCount === 0 && <Empty>{m.noActivities}</Empty>}
              {timeline.hasNextPage && <button type="button" className="secondary" onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage}>{m.more}</button>}
            </>
          )}

          <h2>{m.projects}</h2>
          {p.projects.length === 0 ? <Empty>{m.noProjects}</Empty> : (
            <DataTable caption={m.projects} rows={p.projects} rowKey={(x) => x.id} columns={[
              { key: "title", header: m.columns.title, cell: (x) => x.title },
              { key: "status", header: m.columns.status, cell: (x) => i18n.label("ProjectStatus", x.status) },
              { key: "fundingType", header: m.columns.fundingType, cell: (x) => i18n.label("FundingType", x.fundingType) },
              { key: "period", header: m.columns.period, cell: (x) => `${i18n.date(x.startOn)} – ${x.endOn ? i18n.date(x.endOn) : "…"}` },
              { key: "committed", header: m.columns.committed, numeric: true, cell: (x) => i18n.money(x.committed.amount, x.committed.currency) },
              { key: "disbursed", header: m.columns.disbursed, numeric: true, cell: (x) => (x.disbursed ? i18n.money(x.disbursed.amount, x.disbursed.currency) : "—") },
            ]} />
          )}

          <h2>{m.reviews}</h2>
          {p.reviews.length === 0 ? <Empty>{m.noReviews}</Empty> : (
            <DataTable caption={m.reviews} rows={[...p.reviews].sort((a, b) => b.year - a.year || b.reviewedOn.localeCompare(a.reviewedOn))} rowKey={(r) => r.id} columns={[
              { key: "year", header: m.columns.year, cell: (r) => r.year },
              { key: "score", header: m.columns.score, numeric: true, cell: (r) => `${r.score}/5` },
              { key: "recommendation", header: m.columns.recommendation, cell: (r) => i18n.label("Recommendation", r.recommendation) },
              { key: "reviewer", header: m.columns.reviewer, cell: (r) => `${i18n.name(r.reviewer)}, ${i18n.date(r.reviewedOn)}` },
              { key: "findings", header: m.columns.findings, cell: (r) => r.findings ?? "" },
            ]} />
          )}
        </article>
      )}
    </Loaded>
  );
}
