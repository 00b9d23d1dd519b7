/** /search?q= — actors whose name matches every word, with or without Vietnamese diacritics. */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable } from "../components/DataTable";
import { Empty, Loaded } from "../components/States";
import { useI18n } from "../i18n";
import { useAppHref } from "../links";

interface Hit { id: string; name: string; nameVi: string | null; kind: string; side: string; country: { code: string; name: string; nameVi: string | null } }

const QUERY = `query Search($text: String!) { search(text: $text, first: 50) { id name nameVi kind side country { code name nameVi } } }`;

export function SearchView() {
  const i18n = useI18n();
  const href = useAppHref();
  const [params] = useSearchParams();
  const text = (params.get("q") ?? "").trim();
  const query = useGraphQL<{ search: Hit[] }>(QUERY, { text }, text !== "");
  const words = i18n.lang === "vi"
    ? { name: "Tên", nameVi: "Tên tiếng Việt", kind: "Loại", country: "Quốc gia" }
    : { name: "Name", nameVi: "Vietnamese name", kind: "Kind", country: "Country" };
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{i18n.t.search.results}: “{text}”</h1>
      {text === "" ? <Empty>{i18n.t.search.placeholder}</Empty> : (
        <Loaded query={query}>
          {(data) => data.search.length === 0 ? <Empty>{i18n.t.search.none}</Empty> : (
            <DataTable caption={i18n.t.search.results} rows={data.search} rowKey={(a) => a.id} columns={[
              { key: "name", header: words.name, cell: (a) => <Link to={href(`/actors/${encodeURIComponent(a.id)}`)}>{a.name}</Link> },
              { key: "nameVi", header: words.nameVi, cell: (a) => a.nameVi ?? "—" },
              { key: "kind", header: words.kind, cell: (a) => `${i18n.label("ActorKind", a.kind)} · ${i18n.label("Side", a.side)}` },
              { key: "country", header: words.country, cell: (a) => i18n.name(a.country) },
            ]} />
          )}
        </Loaded>
      )}
    </section>
  );
}
