/**
 * /actors/:id[?to=<otherId>] — one actor: who it is and where it sits (parent, units, successors),
 * its partners and partnerships, a small network of its direct collaborators (a drawing and the
 * same as a list), the path to another actor (the target in the URL, so the path can be shared),
 * and its activities and projects. A foreign NGO's permits are listed with their validity.
 */
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { graphql, useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { NetworkGraph, NetworkLegend, type GraphEdge } from "../components/NetworkGraph";
import { PathFinder } from "../components/PathFinder";
import { PROJECT_FIELDS, ProjectTable, type ProjectRow } from "../components/ProjectTable";
import { Empty, ErrorBox, Loaded, Loading } from "../components/States";
import { NEWEST_FIRST, TIMELINE_FIELDS, Timeline, activityPageOf, useActivityPages, type ActivityConnection, type ActivityPage } from "../components/Timeline";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./ActorView.messages";
import "./ActorView.css";

interface Named { id: string; name: string; nameVi: string | null }
interface Party extends Named { side: string; country: { code: string } }
interface PartnershipRow { id: string; title: string; titleVi: string | null; kind: string; signedOn: string; endedOn: string | null; domesticParties: Party[]; foreignParties: Party[] }
interface Actor extends Named {
  kind: string; side: string; level: string | null; validFrom: string | null; validTo: string | null; website: string | null;
  country: { code: string; name: string; nameVi: string | null };
  parent: Named | null; children: Named[]; successors: Named[]; predecessors: Named[];
  partnerships: PartnershipRow[];
  memberships: { id: string; organization: { id: string } }[];
  members: { id: string; member: { id: string } }[];
  permits: Permit[];
}
interface Permit { id: string; kind: string; number: string; issuedOn: string; expiresOn: string | null; sectors: string[] }
interface Ids { id: string }
interface ActorProject extends ProjectRow { funders: Ids[]; implementers: Ids[]; localities: Ids[] }
interface Connection<T> { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] }

const NAMED = "id name nameVi";
const PARTY = `${NAMED} side country { code }`;
const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) { ${NAMED} kind side level validFrom validTo website country { code name nameVi }
    parent { ${NAMED} } children { ${NAMED} } successors { ${NAMED} } predecessors { ${NAMED} }
    partnerships { id title titleVi kind signedOn endedOn domesticParties { ${PARTY} } foreignParties { ${PARTY} } }
    memberships { id organization { id } } members { id member { id } }
    permits { id kind number issuedOn expiresOn sectors } } }`;
/** Asked apart from the actor: an unknown id is an error for collaborators, but a not-found page here. */
const COLLABORATORS = `query Collaborators($id: ID!) { collaborators(actorId: $id, degree: 1) { ${PARTY} } }`;
const ACTIVITIES = `query ActorActivities($id: ID!, $after: String) { actor(id: $id) {
  activities(first: 20, after: $after, orderBy: ${NEWEST_FIRST}) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${TIMELINE_FIELDS} partnership { id title titleVi } } } } } }`;
/** Who took part in each of the actor's activities: the network's edges. */
const ACTIVITY_PARTIES = `query ActorActivityParties($id: ID!, $after: String) { actor(id: $id) {
  activities(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id organizers { id } participants { id } } } } } }`;
const PROJECTS = `query ActorProjects($id: ID!, $after: String) { actor(id: $id) {
  projects(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    ${PROJECT_FIELDS} partnership { id title } funders { id } implementers { id } localities { id } } } } } }`;

/** Every item of a connection, page after page. */
async function allPages<T>(query: string, id: string, field: "activities" | "projects"): Promise<T[]> {
  const items: T[] = [];
  for (let after: string | null = null; ;) {
    const data: { actor: Record<string, Connection<T>> | null } = await graphql(query, { id, after });
    const page = data.actor?.[field];
    if (!page) return items;
    items.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return items;
    after = page.pageInfo.endCursor;
  }
}

async function activityPage(id: string, after: string | null): Promise<ActivityPage> {
  const data = await graphql<{ actor: { activities: ActivityConnection } | null }>(ACTIVITIES, { id, after });
  return activityPageOf(data.actor?.activities);
}

export function ActorView() {
  const { id = "" } = useParams();
  const m = useMessages({ vi, en });
  const query = useGraphQL<{ actor: Actor | null }>(ACTOR, { id });
  return (
    <Loaded query={query}>
      {({ actor }) => (actor
        ? <ActorPage key={actor.id} actor={actor} />
        : <Empty><span data-testid="not-found">{m.notFound(id)}</span></Empty>)}
    </Loaded>
  );
}

function ActorPage({ actor: a }: { actor: Actor }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const collaboratorsQuery = useGraphQL<{ collaborators: Party[] }>(COLLABORATORS, { id: a.id });
  const collaborators = collaboratorsQuery.data?.collaborators ?? [];
  const activities = useActivityPages(["actor", a.id], (after) => activityPage(a.id, after));
  const projects = useQuery({ queryKey: ["actor-projects", a.id], queryFn: () => allPages<ActorProject>(PROJECTS, a.id, "projects"), retry: false });
  const activityParties = useQuery({ queryKey: ["actor-activity-parties", a.id], queryFn: () => allPages<{ id: string; organizers: Ids[]; participants: Ids[] }>(ACTIVITY_PARTIES, a.id, "activities"), retry: false });
  const total = activities.data?.pages[0].totalCount;
  const otherName = i18n.lang === "vi" ? a.name : a.nameVi;

  // The network's edges: every engagement of the actor ties together all its actors on the drawing.
  const groups = activityParties.data && projects.data ? [
    ...a.partnerships.map((p) => [...p.domesticParties, ...p.foreignParties].map((x) => x.id)),
    ...a.memberships.map((x) => [a.id, x.organization.id]),
    ...a.members.map((x) => [x.member.id, a.id]),
    ...activityParties.data.map((x) => [...x.organizers, ...x.participants].map((y) => y.id)),
    ...projects.data.map((x) => [...x.funders, ...x.implementers, ...x.localities].map((y) => y.id)),
  ] : undefined;
  const edges = groups && collaborationEdges([a.id, ...collaborators.map((c) => c.id)], groups);
  const weightWith = new Map(edges?.filter((e) => e.source === a.id || e.target === a.id).map((e) => [e.source === a.id ? e.target : e.source, e.weight]));

  const link = (x: Named) => <Link to={href(`/actors/${encodeURIComponent(x.id)}`)}>{i18n.name(x)}</Link>;
  const inline = (items: Named[]) => (items.length ? <ul className="av-inline">{items.map((x) => <li key={x.id}>{link(x)}</li>)}</ul> : "—");
  // A foreign actor's partners are those it works with; a domestic one's, the foreign parties of its partnerships.
  const partners = a.side === "FOREIGN" ? collaboratorsQuery.data?.collaborators : distinct(a.partnerships.flatMap((p) => p.foreignParties));
  const errors = activityParties.error ?? projects.error;

  return (
    <article className="av" aria-labelledby="actor-title">
      <p className="subtitle">{i18n.label("ActorKind", a.kind)} · {i18n.label("Side", a.side)}</p>
      <h1 id="actor-title">{i18n.name(a)}</h1>
      {otherName && otherName !== i18n.name(a) && <p className="av-other-name" lang={i18n.lang === "vi" ? "en" : "vi"}>{otherName}</p>}
      <dl className="av-facts">
        <dt>{m.country}</dt><dd>{i18n.name(a.country)} <span className="code">{a.country.code}</span></dd>
        {a.level && <><dt>{m.level}</dt><dd>{i18n.label("LocalityLevel", a.level)}</dd></>}
        <dt>{m.parent}</dt><dd data-testid="parent">{a.parent ? link(a.parent) : "—"}</dd>
        {a.children.length > 0 && <><dt>{m.children}</dt><dd data-testid="children">{inline(a.children)}</dd></>}
        {a.predecessors.length > 0 && <><dt>{m.predecessors}</dt><dd>{inline(a.predecessors)}</dd></>}
        {a.successors.length > 0 && <><dt>{m.successors}</dt><dd data-testid="successors">{inline(a.successors)}</dd></>}
        {(a.validFrom || a.validTo) && <><dt>{m.valid}</dt><dd>{i18n.date(a.validFrom)} – {a.validTo ? i18n.date(a.validTo) : "…"}</dd></>}
        {a.website && <><dt>{m.website}</dt><dd><a href={a.website} rel="noreferrer noopener" target="_blank">{a.website}</a></dd></>}
      </dl>

      {(a.permits.length > 0 || (a.kind === "NGO" && a.side === "FOREIGN")) && <Permits permits={a.permits} />}

      <h2>{m.partners} {partners && <span className="count">({i18n.number(partners.length)})</span>}</h2>
      <p className="subtitle">{a.side === "FOREIGN" ? m.partnersOfForeign : m.partnersForeign}</p>
      {!partners ? <Loading /> : partners.length === 0 ? <Empty>{m.noPartners}</Empty> : (
        <ul className="av-chips" data-testid="partners">
          {partners.map((p) => <li key={p.id} data-key={p.id}>{link(p)} <span className="code">{p.country.code}</span></li>)}
        </ul>
      )}

      <h2>{m.partnerships} <span className="count">({i18n.number(a.partnerships.length)})</span></h2>
      {a.partnerships.length === 0 ? <Empty>{m.noPartnerships}</Empty> : (
        <div data-testid="partnerships">
          <DataTable caption={m.partnerships} rows={a.partnerships} rowKey={(p) => p.id} columns={[
            { key: "title", header: m.columns.title, cell: (p) => <Link to={href(`/partnerships/${encodeURIComponent(p.id)}`)}>{i18n.title(p)}</Link> },
            { key: "kind", header: m.columns.kind, cell: (p) => i18n.label("PartnershipKind", p.kind) },
            { key: "counterparts", header: m.columns.counterparts, cell: (p) => inline([...p.domesticParties, ...p.foreignParties].filter((x) => x.id !== a.id)) },
            { key: "signedOn", header: m.columns.signedOn, cell: (p) => i18n.date(p.signedOn) },
            { key: "endedOn", header: m.columns.endedOn, cell: (p) => i18n.date(p.endedOn) },
          ]} />
        </div>
      )}

      <h2>{m.network} {collaboratorsQuery.data && <span className="count">({i18n.number(collaborators.length)})</span>}</h2>
      {collaboratorsQuery.error ? <ErrorBox error={collaboratorsQuery.error} /> : !collaboratorsQuery.data ? <Loading /> : collaborators.length === 0 ? <Empty>{m.noCollaborators}</Empty> : (
        <div className="av-network">
          <div>
            {errors ? <ErrorBox error={errors} /> : !edges ? <Loading /> : (
              <NetworkGraph label={m.networkLabel(i18n.number(collaborators.length))} edges={edges}
                nodes={[{ id: a.id, label: i18n.name(a), side: a.side, center: true }, ...collaborators.map((c) => ({ id: c.id, label: i18n.name(c), side: c.side }))]} />
            )}
            <NetworkLegend labels={{ DOMESTIC: i18n.label("Side", "DOMESTIC"), FOREIGN: i18n.label("Side", "FOREIGN") }} />
            <p className="av-hint">{m.networkHint}</p>
          </div>
          <div>
            <h3 id="collaborators-title">{m.collaborators}</h3>
            <ul className="av-collaborators" data-testid="collaborators" aria-labelledby="collaborators-title">
              {collaborators.map((c) => (
                <li key={c.id} data-key={c.id}>
                  {link(c)}{" "}
                  <span className="meta">{i18n.label("Side", c.side)} · {c.country.code}{weightWith.has(c.id) && ` · ${m.engagements(weightWith.get(c.id)!, i18n.number(weightWith.get(c.id)))}`}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <PathFinder fromId={a.id} />

      <h2>{m.activities} {total !== undefined && <span className="count" data-testid="activity-count">({i18n.number(total)})</span>}</h2>
      <Timeline pages={activities} showPartnership />

      <h2>{m.projects} {projects.data && <span className="count">({i18n.number(projects.data.length)})</span>}</h2>
      <Loaded query={projects}>
        {(rows) => rows.length === 0 ? <Empty>{m.noProjects}</Empty> : (
          <ProjectTable caption={m.projects} projects={rows} linkPartnership roleOf={(x) => rolesOf(a.id, x).map((r) => m.roles[r]).join(", ")} />
        )}
      </Loaded>
    </article>
  );
}

/** A foreign NGO's permits: number, kind, validity (from its issue to its expiry, both included), sectors. */
function Permits({ permits }: { permits: Permit[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  return (
    <>
      <h2>{m.permits.title} <span className="count">({i18n.number(permits.length)})</span></h2>
      {permits.length === 0 ? <div className="callout warn" data-testid="no-permit">{m.permits.none}</div> : (
        <div data-testid="permits">
          <DataTable caption={m.permits.title} rows={permits} rowKey={(p) => p.id} columns={[
            { key: "number", header: m.permits.columns.number, cell: (p) => p.number },
            { key: "kind", header: m.permits.columns.kind, cell: (p) => i18n.label("PermitKind", p.kind) },
            { key: "issuedOn", header: m.permits.columns.issuedOn, cell: (p) => i18n.date(p.issuedOn) },
            { key: "expiresOn", header: m.permits.columns.expiresOn, cell: (p) => (p.expiresOn ? i18n.date(p.expiresOn) : <span className="muted-text">{m.permits.openEnded}</span>) },
            { key: "sectors", header: m.permits.columns.sectors, cell: (p) => (p.sectors.length ? p.sectors.map((x) => <span key={x} className="badge muted">{i18n.label("Sector", x)}</span>) : "—") },
          ]} />
        </div>
      )}
    </>
  );
}

/** Each actor once, in the order first met. */
function distinct<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((x) => [x.id, x])).values()];
}

/** What the actor is to a project: funder, implementer, locality (one or more). */
function rolesOf(actorId: string, p: ActorProject): string[] {
  const roles: [string, Ids[]][] = [["funder", p.funders], ["implementer", p.implementers], ["locality", p.localities]];
  return roles.filter(([, list]) => list.some((x) => x.id === actorId)).map(([role]) => role);
}

/**
 * One edge per pair of actors on the drawing that share an engagement, weighted by how many they
 * share: each group is the actors of one engagement (its parties, organisers and partners, funders…).
 */
export function collaborationEdges(shown: string[], groups: string[][]): GraphEdge[] {
  const onDrawing = new Set(shown);
  const weights = new Map<string, number>();
  for (const group of groups) {
    const ids = [...new Set(group.filter((id) => onDrawing.has(id)))].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const key = `${ids[i]}\n${ids[j]}`;
      weights.set(key, (weights.get(key) ?? 0) + 1);
    }
  }
  return [...weights].sort(([x], [y]) => x.localeCompare(y)).map(([key, weight]) => {
    const [source, target] = key.split("\n");
    return { source, target, weight };
  });
}
