/**
 * The shortest path from one actor to another: a search field (`search(text)`) to pick the other
 * actor, whose id goes into the URL (`?to=<id>`) so the path can be shared as a link; then
 * `connection(fromId, toId)` drawn as a chain of actors with the engagement of every step.
 */
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { Empty, Loaded, Loading } from "./States";
import { en, vi } from "./PathFinder.messages";
import "./PathFinder.css";

interface Named { id: string; name: string; nameVi: string | null }
interface Found extends Named { side: string; country: { code: string } }
type Via =
  | { __typename: "Partnership"; id: string; title: string }
  | { __typename: "Activity"; id: string; title: string; date: string; partnership: { id: string } | null }
  | { __typename: "Project"; id: string; title: string; partnership: { id: string } | null }
  | { __typename: "Membership"; id: string; member: Named; organization: Named };
interface Path { steps: number; actors: Named[]; via: Via[] }

const NAMED = "id name nameVi";
const SEARCH = `query FindActor($text: String!) { search(text: $text, first: 8) { ${NAMED} side country { code } } }`;
const TARGET = `query Target($id: ID!) { actor(id: $id) { ${NAMED} } }`;
const PATH = `query Path($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to) { steps actors { ${NAMED} }
  via { __typename id ... on Partnership { title } ... on Activity { title date partnership { id } } ... on Project { title partnership { id } }
    ... on Membership { member { ${NAMED} } organization { ${NAMED} } } } } }`;

export function PathFinder({ fromId }: { fromId: string }) {
  const m = useMessages({ vi, en });
  const [params, setParams] = useSearchParams();
  const to = params.get("to");
  const setTarget = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set("to", id);
    else next.delete("to");
    setParams(next);
  };
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">{m.title}</h2>
      <p className="subtitle">{m.intro}</p>
      <TargetSearch fromId={fromId} onChoose={setTarget} />
      {to && <Target id={to} onClear={() => setTarget(null)} />}
      {to && <Chain fromId={fromId} toId={to} />}
    </section>
  );
}

/** The search field and its results, each a button that picks that actor. */
function TargetSearch({ fromId, onChoose }: { fromId: string; onChoose: (id: string) => void }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const [text, setText] = useState("");
  const wanted = text.trim();
  const found = useGraphQL<{ search: Found[] }>(SEARCH, { text: wanted }, wanted.length >= 2);
  const results = found.data?.search.filter((a) => a.id !== fromId);
  return (
    <div>
      <div className="pf-search">
        <label>
          {m.search}
          <input type="search" value={text} placeholder={m.placeholder} onChange={(e) => setText(e.target.value)} aria-controls="path-choices" />
        </label>
      </div>
      <div id="path-choices" aria-live="polite">
        {wanted.length >= 2 && found.isFetching && !results && <Loading />}
        {results && results.length === 0 && <p className="subtitle">{m.noResults}</p>}
        {results && results.length > 0 && (
          <ul className="pf-choices" aria-label={m.results}>
            {results.map((a) => (
              <li key={a.id}>
                <button type="button" className="secondary" onClick={() => { onChoose(a.id); setText(""); }}>{i18n.name(a)}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The chosen target, by name, with a button to clear it. */
function Target({ id, onClear }: { id: string; onClear: () => void }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const target = useGraphQL<{ actor: Named | null }>(TARGET, { id });
  return (
    <p className="pf-target">
      {m.target}: <strong>{target.data?.actor ? i18n.name(target.data.actor) : id}</strong>{" "}
      <button type="button" className="secondary" onClick={onClear}>{m.clear}</button>
    </p>
  );
}

/** The path itself: one list item per actor, the engagement of the step below it. */
function Chain({ fromId, toId }: { fromId: string; toId: string }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const path = useGraphQL<{ connection: Path | null }>(PATH, { from: fromId, to: toId });
  return (
    <Loaded query={path}>
      {({ connection }) => {
        if (!connection) return <Empty>{m.none}</Empty>;
        if (connection.steps === 0) return <Empty>{m.same}</Empty>;
        return (
          <>
            <p><strong data-testid="path-steps">{m.steps(connection.steps, i18n.number(connection.steps))}</strong></p>
            <ol className="pf-chain" data-testid="path">
              {connection.actors.map((actor, i) => (
                <li key={actor.id} data-key={actor.id}>
                  <span className="pf-actor"><Link to={href(`/actors/${encodeURIComponent(actor.id)}`)}>{i18n.name(actor)}</Link></span>
                  {connection.via[i] && <Step via={connection.via[i]} />}
                </li>
              ))}
            </ol>
          </>
        );
      }}
    </Loaded>
  );
}

/** One step's engagement: a partnership links to its page; an activity or project to its partnership's. */
function Step({ via }: { via: Via }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const partnershipLink = (id: string, text: string) => <Link to={href(`/partnerships/${encodeURIComponent(id)}`)}>{text}</Link>;
  let text;
  if (via.__typename === "Partnership") text = partnershipLink(via.id, via.title);
  else if (via.__typename === "Membership") text = m.memberOf(i18n.name(via.member), i18n.name(via.organization));
  else {
    const title = via.__typename === "Activity" ? `${via.title} (${i18n.date(via.date)})` : via.title;
    text = via.partnership ? partnershipLink(via.partnership.id, title) : title;
  }
  return (
    <div className="pf-via" data-via={via.id}>
      <span aria-hidden="true">↓ </span>{m.via} <span className="badge muted">{m.kinds[via.__typename]}</span>{text}
    </div>
  );
}
