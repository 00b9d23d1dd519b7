/**
 * /search?q= — actors whose name matches every word, with or without Vietnamese diacritics (the
 * server folds them: "da nang" finds "Đà Nẵng"). Each result opens the actor's page.
 */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { Empty, Loaded } from "../components/States";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./SearchView.messages";

interface Hit { id: string; name: string; nameVi: string | null; kind: string; side: string; country: { code: string; name: string; nameVi: string | null } }

/** The most the API gives at once; a full page says there may be more. */
const FIRST = 50;
const QUERY = `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { id name nameVi kind side country { code name nameVi } } }`;

export function SearchView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const [params] = useSearchParams();
  const text = (params.get("q") ?? "").trim();
  const query = useGraphQL<{ search: Hit[] }>(QUERY, { text, first: FIRST }, text !== "");
  const columns: Column<Hit>[] = [
    { key: "name", header: m.columns.name, cell: (a) => <Link to={href(`/actors/${encodeURIComponent(a.id)}`)}>{a.name}</Link>, sortValue: (a) => a.name },
    { key: "nameVi", header: m.columns.nameVi, cell: (a) => a.nameVi ?? "—", sortValue: (a) => a.nameVi },
    { key: "kind", header: m.columns.kind, cell: (a) => `${i18n.label("ActorKind", a.kind)} · ${i18n.label("Side", a.side)}`, sortValue: (a) => i18n.label("ActorKind", a.kind) },
    { key: "country", header: m.columns.country, cell: (a) => <><span className="code">{a.country.code}</span> {i18n.name(a.country)}</>, sortValue: (a) => i18n.name(a.country) },
  ];
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{text ? m.title(text) : i18n.t.search.results}</h1>
      {text === "" ? <Empty>{m.noText}</Empty> : (
        <Loaded query={query}>
          {({ search: hits }) => hits.length === 0 ? <Empty>{m.none(text)}</Empty> : (
            <>
              <p className="subtitle" role="status">{hits.length === FIRST ? m.firstOnly(i18n.number(FIRST)) : m.count(i18n.number(hits.length))}</p>
              <DataTable caption={m.caption(text)} rows={hits} rowKey={(a) => a.id} columns={columns} />
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}
