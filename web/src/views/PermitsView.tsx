/**
 * /permits?asOf=YYYY-MM-DD[&expiringWithinDays=][&sort=&dir=] — ngoPermits: every foreign NGO with
 * a permit or an engagement up to the day, its status (VALID / EXPIRING / EXPIRED / NONE), until
 * when it is covered, and the activities and projects it took part in on a day no permit of it was
 * valid (unfolding to each, with who organised or implemented it). The NGOs that worked without a
 * valid permit are named above the table. A bare /permits looks at today, written into the URL.
 */
import { useEffect, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { DateInput, DaysInput, Toolbar } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./PermitsView.messages";
import "./PermitsView.css";

interface Named { id: string; name: string; nameVi: string | null }
interface Activity { id: string; title: string; titleVi: string | null; date: string; organizers: Named[] }
interface Project { id: string; title: string; titleVi: string | null; startOn: string; implementers: Named[] }
interface Row { actor: Named; status: string; validUntil: string | null; uncoveredActivities: Activity[]; uncoveredProjects: Project[] }

const QUERY = `query Permits($asOf: String!, $expiringWithinDays: Int! = 90) { ngoPermits(asOf: $asOf, expiringWithinDays: $expiringWithinDays) {
  actor { id name nameVi } status validUntil
  uncoveredActivities { id title titleVi date organizers { id name nameVi } }
  uncoveredProjects { id title titleVi startOn implementers { id name nameVi } } } }`;

/** Most urgent first: no permit at all, then lapsed, then about to lapse. */
const STATUSES = ["NONE", "EXPIRED", "EXPIRING", "VALID"];
const STATUS_CLASS: Record<string, string> = { NONE: "bad", EXPIRED: "bad", EXPIRING: "warn", VALID: "ok" };
const DEFAULT_EXPIRING_DAYS = 90;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const uncovered = (r: Row) => r.uncoveredActivities.length + r.uncoveredProjects.length;

/** Today on the reader's calendar, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function PermitsView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const [params, setParams] = useSearchParams();
  const asOf = DATE.test(params.get("asOf") ?? "") ? params.get("asOf")! : null;
  const days = params.get("expiringWithinDays");
  const expiringWithinDays = days && /^\d{1,5}$/.test(days) && Number(days) <= 36_500 ? Number(days) : null;
  // No day in the link (or not a day): today's, replacing the entry, so the link says what the page shows.
  useEffect(() => {
    if (asOf) return;
    const next = new URLSearchParams(params);
    next.set("asOf", today());
    setParams(next, { replace: true });
  }, [asOf]); // eslint-disable-line react-hooks/exhaustive-deps
  const query = useGraphQL<{ ngoPermits: Row[] }>(QUERY, { asOf, ...(expiringWithinDays !== null && { expiringWithinDays }) }, asOf !== null);

  const actorLink = (a: Named) => <Link to={href(`/actors/${encodeURIComponent(a.id)}`)}>{i18n.name(a)}</Link>;
  const columns: Column<Row>[] = [
    { key: "ngo", header: m.columns.ngo, cell: (r) => actorLink(r.actor), sortValue: (r) => i18n.name(r.actor) },
    { key: "status", header: m.columns.status, sortValue: (r) => STATUSES.indexOf(r.status),
      cell: (r) => <span className={`badge ${STATUS_CLASS[r.status] ?? "muted"}`}>{i18n.label("PermitStatus", r.status)}</span> },
    { key: "validUntil", header: m.columns.validUntil, sortValue: (r) => r.validUntil,
      // A VALID NGO without a date holds an open-ended permit; the others have none valid.
      cell: (r) => (r.validUntil ? i18n.date(r.validUntil) : r.status === "VALID" ? <span className="muted-text nowrap">{m.openEnded}</span> : "—") },
    { key: "activities", header: m.columns.activities, sortValue: (r) => r.uncoveredActivities.length,
      cell: (r) => (
        <Engagements count={r.uncoveredActivities.length} summary={m.activities(i18n.number(r.uncoveredActivities.length))}>
          {r.uncoveredActivities.map((a) => (
            <li key={a.id} data-activity={a.id}>
              <span className="day">{i18n.date(a.date)}</span> {i18n.title(a)}
              {a.organizers.length > 0 && <> — {m.by} {a.organizers.map((o, i) => <span key={o.id}>{i > 0 && ", "}{actorLink(o)}</span>)}</>}
            </li>
          ))}
        </Engagements>
      ) },
    { key: "projects", header: m.columns.projects, sortValue: (r) => r.uncoveredProjects.length,
      cell: (r) => (
        <Engagements count={r.uncoveredProjects.length} summary={m.projects(i18n.number(r.uncoveredProjects.length))}>
          {r.uncoveredProjects.map((p) => (
            <li key={p.id} data-project={p.id}>
              <span className="day">{i18n.date(p.startOn)}</span> {i18n.title(p)}
              {p.implementers.length > 0 && <> — {m.by} {p.implementers.map((o, i) => <span key={o.id}>{i > 0 && ", "}{actorLink(o)}</span>)}</>}
            </li>
          ))}
        </Engagements>
      ) },
  ];

  return (
    <section aria-labelledby="permits-title">
      <h1 id="permits-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <DateInput name="asOf" label={m.asOf} />
        <DaysInput name="expiringWithinDays" label={m.expiringWithin} defaultDays={DEFAULT_EXPIRING_DAYS} />
        <ExportButtons table="permits" params={{ asOf, expiringWithinDays }} />
      </Toolbar>
      {asOf === null ? <Loading /> : (
        <Loaded query={query}>
          {({ ngoPermits: rows }) => (
            <>
              <div className="summary-cards">
                {STATUSES.map((status) => (
                  <div key={status} className={`card status-card ${STATUS_CLASS[status]}`} data-status={status}>
                    <div className="value">{i18n.number(rows.filter((r) => r.status === status).length)}</div>
                    <div className="label">{i18n.label("PermitStatus", status)}</div>
                  </div>
                ))}
              </div>
              <Uncovered rows={rows.filter((r) => uncovered(r) > 0)} />
              {rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
                <DataTable caption={m.tableCaption(i18n.date(asOf), i18n.number(rows.length))} columns={columns} rows={rows}
                  rowKey={(r) => r.actor.id} defaultSort={{ key: "status", dir: "asc" }} rowClass={(r) => (uncovered(r) > 0 ? "uncovered-row" : undefined)} />
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** The NGOs that took part in something while no permit of theirs was valid, named first. */
function Uncovered({ rows }: { rows: Row[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  if (rows.length === 0) return <div className="callout ok" role="note" data-testid="uncovered">{m.allCovered}</div>;
  return (
    <div className="callout warn" role="note" data-testid="uncovered">
      <strong>{m.uncovered(i18n.number(rows.length))}</strong>
      <ul className="uncovered-list">
        {rows.map((r) => (
          <li key={r.actor.id} data-key={r.actor.id}>
            <Link to={href(`/actors/${encodeURIComponent(r.actor.id)}`)}>{i18n.name(r.actor)}</Link>{" "}
            ({i18n.label("PermitStatus", r.status)}: {m.engagements(i18n.number(r.uncoveredActivities.length), i18n.number(r.uncoveredProjects.length))})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A count that unfolds to the list it counts; a plain zero when there is nothing. */
function Engagements({ count, summary, children }: { count: number; summary: string; children: ReactNode }) {
  const i18n = useI18n();
  if (count === 0) return <span className="count-zero">{i18n.number(0)}</span>;
  return (
    <details className="engagements">
      <summary>{summary}</summary>
      <ul>{children}</ul>
    </details>
  );
}
