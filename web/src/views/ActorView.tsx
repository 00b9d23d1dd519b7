/**
 * /actors/:id[?to=otherId] — one actor: who it is, its place in the hierarchy, its partnerships,
 * its partners, a small network of its direct collaborators, and the shortest path to another
 * actor (`to` in the URL, so the path can be shared).
 */
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { NetworkGraph } from "../components/NetworkGraph";
import { Empty, Loaded } from "../components/States";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./ActorView.messages";

interface Named { id: string; name: string; nameVi: string | null }
interface Actor extends Named {
  kind: string; side: string; level: string | null; country: { code: string; name: string; nameVi: string | null };
  parent: Named | null; children: Named[]; successors: Named[]; predecessors: Named[];
  partnerships: { id: string; title: string; kind: string; signedOn: string; endedOn: string | null; domesticParties: (Named & { side: string })[]; foreignParties: (Named & { side: string })[] }[];
}
interface Collaborator extends Named { side: string }
interface Path { steps: number; actors: Named[]; via: { __typename: string; id: string; title?: string }[] }

const NAMED = "id name nameVi";
const QUERY = `query Actor($id: ID!) {
  actor(id: $id) { ${NAMED} kind side level country { code name nameVi } parent { ${NAMED} } children { ${NAMED} } successors { ${NAMED} } predecessors { ${NAMED} }
    partnerships { id title kind signedOn endedOn domesticParties { ${NAMED} side } foreignParties { ${NAMED} side } } }
  collaborators(actorId: $id, degree: 1) { ${NAMED} side } }`;
const PATH = `query Path($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to) { steps actors { ${NAMED} }
  via { __typename id ... on Partnership { title } ... on Activity { title } ... on Project { title } } } }`;
const SEARCH = `query Find($text: String!) { search(text: $text, first: 8) { ${NAMED} } }`;

export function ActorView() {
  const { id = "" } = useParams();
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const query = useGraphQL<{ actor: Actor | null; collaborators: Collaborator[] }>(QUERY, { id });
  const link = (a: Named) => <Link key={a.id} to={href(`/actors/${encodeURIComponent(a.id)}`)}>{i18n.name(a)}</Link>;
  const list = (items: Named[]) => (items.length ? items.map((a, i) => <span key={a.id}>{i > 0 && ", "}{link(a)}</span>) : "—");

  return (
    <Loaded query={query}>
      {({ actor: a, collaborators }) => {
        if (!a) return <Empty>{i18n.t.states.notFound}</Empty>;
        const partners = new Map<string, Named>();
        for (const p of a.partnerships) for (const party of a.side === "FOREIGN" ? p.domesticParties : p.foreignParties) partners.set(party.id, party);
        return (
          <article aria-labelledby="actor-title">
            <p className="subtitle">{i18n.label("ActorKind", a.kind)}</p>
            <h1 id="actor-title">{i18n.name(a)}</h1>
            {a.nameVi && i18n.lang === "vi" && a.name !== a.nameVi && <p className="subtitle">{a.name}</p>}
            <dl className="facts">
              <dt>{m.side}</dt><dd>{i18n.label("Side", a.side)}</dd>
              <dt>{m.country}</dt><dd>{i18n.name(a.country)} ({a.country.code})</dd>
              {a.level && <><dt>{m.level}</dt><dd>{i18n.label("LocalityLevel", a.level)}</dd></>}
              <dt>{m.parent}</dt><dd>{a.parent ? link(a.parent) : "—"}</dd>
              {a.children.length > 0 && <><dt>{m.children}</dt><dd>{list(a.children)}</dd></>}
              {a.successors.length > 0 && <><dt>{m.successors}</dt><dd>{list(a.successors)}</dd></>}
              {a.predecessors.length > 0 && <><dt>{m.predecessors}</dt><dd>{list(a.predecessors)}</dd></>}
              <dt>{m.partners}</dt><dd data-testid="partners">{list([...partners.values()])}</dd>
            </dl>

            <h2>{m.partnerships}</h2>
            {a.partnerships.length === 0 ? <Empty>{m.noPartnerships}</Empty> : (
              <DataTable caption={m.partnerships} rows={a.partnerships} rowKey={(p) => p.id} columns={[
                { key: "title", header: m.columns.title, cell: (p) => <Link to={href(`/partnerships/${encodeURIComponent(p.id)}`)}>{p.title}</Link> },
                { key: "kind", header: m.columns.kind, cell: (p) => i18n.label("PartnershipKind", p.kind) },
                { key: "signedOn", header: m.columns.signedOn, cell: (p) => i18n.date(p.signedOn) },
                { key: "endedOn", header: m.columns.endedOn, cell: (p) => i18n.date(p.endedOn) },
              ]} />
            )}

            <h2>{m.network}</h2>
            <div className="network">
              <NetworkGraph label={m.networkLabel(i18n.number(collaborators.length))}
                nodes={[{ id: a.id, label: i18n.name(a), side: a.side, center: true }, ...collaborators.map((c) => ({ id: c.id, label: i18n.name(c), side: c.side }))]}
                edges={collaborators.map((c) => ({ source: a.id, target: c.id }))} />
              <div>
                <h3>{m.collaborators} ({i18n.number(collaborators.length)})</h3>
                {collaborators.length === 0 ? <Empty>{m.noCollaborators}</Empty> : (
                  <ul className="collaborators" data-testid="collaborators">{collaborators.map((c) => <li key={c.id} data-key={c.id}>{link(c)} <span className="badge muted">{i18n.label("Side", c.side)}</span></li>)}</ul>
                )}
              </div>
            </div>

            <PathFinder fromId={a.id} labels={m} />
          </article>
        );
      }}
    </Loaded>
  );
}

/** The shortest path from the actor to another one, chosen by search; the target lives in the URL (`to`). */
function PathFinder({ fromId, labels: m }: { fromId: string; labels: typeof vi }) {
  const i18n = useI18n();
  const href = useAppHref();
  const [params, setParams] = useSearchParams();
  const to = params.get("to");
  const [text, setText] = useState("");
  const found = useGraphQL<{ search: Named[] }>(SEARCH, { text: text.trim() }, text.trim().length >= 2);
  const path = useGraphQL<{ connection: Path | null }>(PATH, { from: fromId, to }, to !== null);
  const choose = (target: string) => {
    const next = new URLSearchParams(params);
    next.set("to", target);
    setParams(next);
    setText("");
  };
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">{m.path}</h2>
      <div className="toolbar">
        <label>
          {m.pathSearch}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {found.data && found.data.search.length > 0 && (
          <ul className="choices">{found.data.search.filter((a) => a.id !== fromId).map((a) => (
            <li key={a.id}><button type="button" className="secondary" onClick={() => choose(a.id)}>{i18n.name(a)}</button></li>
          ))}</ul>
        )}
      </div>
      {to && (
        <Loaded query={path}>
          {({ connection }) => !connection ? <Empty>{m.pathNone}</Empty> : (
            <div>
              <p><strong>{m.steps(i18n.number(connection.steps))}</strong></p>
              <ol className="path" data-testid="path">
                {connection.actors.map((actor, i) => (
                  <li key={actor.id} data-key={actor.id}>
                    <Link to={href(`/actors/${encodeURIComponent(actor.id)}`)}>{i18n.name(actor)}</Link>
                    {connection.via[i] && (
                      <div className="via">↓ {connection.via[i].__typename === "Partnership"
                        ? <Link to={href(`/partnerships/${encodeURIComponent(connection.via[i].id)}`)}>{connection.via[i].title}</Link>
                        : connection.via[i].title ?? connection.via[i].id}</div>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </Loaded>
      )}
    </section>
  );
}
