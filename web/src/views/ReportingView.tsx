/**
 * /reporting?planId=&year= — reportingStatus: every unit assigned a task of the plan, ON_TIME /
 * LATE / MISSING, the submission date, and the days left before (or past) the year's deadline.
 */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons, withParams } from "../components/ExportButtons";
import { PlanSelect, Toolbar, YearSelect } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./ReportingView.messages";
import "./ReportingView.css";

interface Row {
  unit: { id: string; name: string; nameVi: string | null };
  status: string;
  submittedOn: string | null;
  deadline: string;
}

const QUERY = `query Reporting($planId: ID!, $year: Int!) { reportingStatus(planId: $planId, year: $year) { unit { id name nameVi } status submittedOn deadline } }`;
const STATUSES = ["ON_TIME", "LATE", "MISSING"] as const;
const STATUS_CLASS: Record<string, string> = { ON_TIME: "ok", LATE: "warn", MISSING: "bad" };

/** Whole days from today (the reader's calendar day) to `date` (YYYY-MM-DD); negative once past. */
function daysUntil(date: string): number {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000);
}

export function ReportingView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const [params] = useSearchParams();
  const { ready, plans } = usePlanDefaults(["planId", "year"]);
  const planId = params.get("planId") || null;
  const year = yearParam(params, "year");
  const plan = plans.find((p) => p.id === planId);
  const query = useGraphQL<{ reportingStatus: Row[] }>(QUERY, { planId, year }, ready && planId !== null && year !== null);
  // The deadline of the year: the plan's "MM-DD" in that year (the same the API applies to each row).
  const deadline = plan && year !== null ? `${year}-${plan.reportDeadline}` : null;
  const years = plan ? Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i) : [];
  // A year from a link outside the plan still shows in the select, so the form says what the URL says.
  if (year !== null && plan && !years.includes(year)) years.push(year);

  const countdown = (date: string): string => {
    const days = daysUntil(date);
    return days > 0 ? m.daysLeft(i18n.number(days)) : days === 0 ? m.dueToday : m.overdue(i18n.number(-days));
  };
  const columns: Column<Row>[] = [
    { key: "unit", header: m.columns.unit, cell: (r) => <Link to={href(`/actors/${encodeURIComponent(r.unit.id)}`)}>{i18n.name(r.unit)}</Link>, sortValue: (r) => i18n.name(r.unit) },
    { key: "status", header: m.columns.status, cell: (r) => <span className={`badge ${STATUS_CLASS[r.status] ?? "muted"}`}>{i18n.label("ReportStatus", r.status)}</span>,
      sortValue: (r) => STATUSES.indexOf(r.status as (typeof STATUSES)[number]) },
    { key: "submittedOn", header: m.columns.submittedOn, cell: (r) => i18n.date(r.submittedOn), sortValue: (r) => r.submittedOn },
    { key: "deadline", header: m.columns.deadline, cell: (r) => i18n.date(r.deadline), sortValue: (r) => r.deadline },
    // The days left matter to those who have not reported; the others are done.
    { key: "daysLeft", header: m.columns.daysLeft, sortValue: (r) => (r.status === "MISSING" ? daysUntil(r.deadline) : null),
      cell: (r) => (r.status === "MISSING" ? <span className={daysUntil(r.deadline) < 0 ? "overdue" : undefined}>{countdown(r.deadline)}</span> : <span className="none">{m.reported}</span>) },
  ];

  if (ready && plans.length === 0) {
    return <section aria-labelledby="reporting-title"><h1 id="reporting-title">{m.title}</h1><Empty>{m.noPlan}</Empty></section>;
  }
  return (
    <section aria-labelledby="reporting-title">
      <h1 id="reporting-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <PlanSelect plans={plans} />
        <YearSelect years={years} value={year} label={m.year} />
        <ExportButtons table="reporting" params={{ planId, year }}>
          <a className="button" href={withParams("/reports/yearly.docx", { planId, year })} download>{m.report}</a>
        </ExportButtons>
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {({ reportingStatus: rows }) => (
            <>
              <div className="summary-cards">
                {STATUSES.map((status) => (
                  <div key={status} className={`card status-card ${STATUS_CLASS[status]}`} data-status={status}>
                    <div className="value">{i18n.number(rows.filter((r) => r.status === status).length)}</div>
                    <div className="label">{i18n.label("ReportStatus", status)}</div>
                  </div>
                ))}
                {deadline && (
                  <div className="card" data-testid="deadline">
                    <div className="value">{i18n.date(deadline)}</div>
                    <div className="label">{m.deadline}: {countdown(deadline)}</div>
                  </div>
                )}
              </div>
              {rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
                <DataTable caption={m.tableCaption(String(year), i18n.number(rows.length))} columns={columns} rows={rows} rowKey={(r) => r.unit.id}
                  rowClass={(r) => (r.status === "MISSING" ? "missing-row" : undefined)} />
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}
