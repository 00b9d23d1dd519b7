/**
 * The app's frame: a navigation bar (views, search box, language switch) and the views, one per URL.
 * Every view reads its state (period, filters, sort) from the URL, so any page can be shared as a link.
 */
import { NavLink, Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from "react-router";
import { useState, type FormEvent } from "react";
import { useI18n } from "./i18n";
import { useAppHref } from "./links";
import { CoverageView } from "./views/CoverageView";
import { EffectivenessView } from "./views/EffectivenessView";
import { ReportingView } from "./views/ReportingView";
import { AgreementsView } from "./views/AgreementsView";
import { PermitsView } from "./views/PermitsView";
import { TasksView } from "./views/TasksView";
import { SearchView } from "./views/SearchView";
import { PartnershipView } from "./views/PartnershipView";
import { ActorView } from "./views/ActorView";
import { Empty } from "./components/States";

export function App() {
  const { t } = useI18n();
  const href = useAppHref();
  return (
    <>
      <a className="skip-link" href="#main">{t.skipToContent}</a>
      <header className="topbar">
        <a className="brand" href={href("/coverage")}>{t.appName}</a>
        <nav aria-label={t.mainNav}>
          <NavLink to={href("/coverage")}>{t.nav.coverage}</NavLink>
          <NavLink to={href("/effectiveness")}>{t.nav.effectiveness}</NavLink>
          <NavLink to={href("/reporting")}>{t.nav.reporting}</NavLink>
          <NavLink to={href("/tasks")}>{t.nav.tasks}</NavLink>
          <NavLink to={href("/agreements")}>{t.nav.agreements}</NavLink>
          <NavLink to={href("/permits")}>{t.nav.permits}</NavLink>
          <a href="/graphiql">{t.nav.graphiql}</a>
        </nav>
        {/* Search and language stay together at the right, wrapping as one when the bar is full. */}
        <div className="topbar-tools">
          <SearchBox />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to={href("/coverage")} replace />} />
          <Route path="/coverage" element={<CoverageView />} />
          <Route path="/effectiveness" element={<EffectivenessView />} />
          <Route path="/reporting" element={<ReportingView />} />
          <Route path="/tasks" element={<TasksView />} />
          <Route path="/agreements" element={<AgreementsView />} />
          <Route path="/permits" element={<PermitsView />} />
          <Route path="/search" element={<SearchView />} />
          <Route path="/partnerships/:id" element={<PartnershipView />} />
          <Route path="/actors/:id" element={<ActorView />} />
          <Route path="*" element={<Empty>{t.states.notFound}</Empty>} />
        </Routes>
      </main>
    </>
  );
}

/** The search box of every page: it opens /search?q=… */
function SearchBox() {
  const { t } = useI18n();
  const href = useAppHref();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const location = useLocation();
  const [text, setText] = useState(location.pathname === "/search" ? (params.get("q") ?? "") : "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(href("/search", { q: text.trim() }));
  };
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor="search-text" className="visually-hidden">{t.search.label}</label>
      <input id="search-text" type="search" value={text} placeholder={t.search.placeholder} onChange={(e) => setText(e.target.value)} />
    </form>
  );
}

/** Switches between Vietnamese and English, keeping the rest of the URL. */
function LanguageSwitch() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const toggle = () => {
    const next = new URLSearchParams(params);
    if (lang === "vi") next.set("lang", "en");
    else next.delete("lang");
    setParams(next);
  };
  return (
    <button type="button" className="lang-switch" onClick={toggle} aria-label={`${t.language.label}: ${t.language.switchTo}`} lang={lang === "vi" ? "en" : "vi"}>
      {t.language.switchTo}
    </button>
  );
}
