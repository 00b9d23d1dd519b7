/**
 * /reporting?planId=&year= — reportingStatus: every unit assigned a task of the plan, ON_TIME /
 * LATE / MISSING, the submission date, and the days left before (or past) the year's deadline.
 */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { PlanSelect, Toolbar, useParamSetter } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./ReportingView.messages";

interface Row {
  unit: { id: string; name: string; nameVi: string | null };
  status: string;
  submittedOn: string | null;
  deadline: string;
}

const QUERY = `query Reporting($planId: ID!, $year: Int!) { reportingStatus(planId: $planId, year: $year) { unit { id name nameVi } status submittedOn deadline } }`;
const STATUS_CLASS: Record<string, string> = { ON_TIME: "ok", LATE: "warn", MISSING: "bad" };

/** Whole days from today (the reader's clock) to `date`. */
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
  const set = useParamSetter();
  const { ready, plans } = usePlanDefaults(["planId", "year"]);
  const planId = params.get("planId") || null;
  const year = yearParam(params, "year");
  const plan = plans.find((p) => p.id === planId);
  const query = useGraphQL<{ reportingStatus: Row[] }>(QUERY, { planId, year }, ready && planId !== null && year !== null);

  const columns: Column<Row>[] = [
    { key: "unit", header: m.columns.unit, cell: (r) => <Link to={href(`/actors/${encodeURIComponent(r.unit.id)}`)}>{i18n.name(r.unit)}</Link>, sortValue: (r) => i18n.name(r.unit) },
    { key: "status", header: m.columns.status, cell: (r) => <span className={`badge ${STATUS_CLASS[r.status]}`}>{i18n.label("ReportStatus", r.status)}</span>, sortValue: (r) => r.status },
    { key: "submittedOn", header: m.columns.submittedOn, cell: (r) => i18n.date(r.submittedOn), sortValue: (r) => r.submittedOn },
    { key: "deadline", header: m.columns.deadline, cell: (r) => i18n.date(r.deadline) },
    // The days left matter to those who have not reported yet.
    { key: "daysLeft", header: m.columns.daysLeft, cell: (r) => (r.status === "MISSING" ? countdown(r.deadline) : "—") },
  ];

  function countdown(deadline: string): string {
    const days = daysUntil(deadline);
    return days > 0 ? m.daysLeft(i18n.number(days)) : days === 0 ? m.dueToday : m.overdue(i18n.number(-days));
  }

  return (
    <section aria-labelledby="reporting-title">
      <h1 id="reporting-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      {ready && plans.length === 0 ? <Empty>{m.noPlan}</Empty> : (
        <>
          <Toolbar>
            <PlanSelect plans={plans} />
            <label>
              {m.year}
              <select name="year" value={year ?? ""} onChange={(e) => set("year", e.target.value)}>
                {plan && Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i).map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
            <ExportButtons table="reporting" params={{ planId, year }} />
            <a className="button" href={`/reports/yearly.docx?planId=${encodeURIComponent(planId ?? "")}&year=${year ?? ""}`} download>{m.report}</a>
          </Toolbar>
          {!ready ? <Loading /> : (
            <Loaded query={query}>
              {(data) => {
                const rows = data.reportingStatus;
                if (rows.length === 0) return <Empty />;
                const count = (status: string) => rows.filter((r) => r.status === status).length;
                const deadline = rows[0].deadline;
                return (
                  <>
                    <div className="summary-cards">
                      {["ON_TIME", "LATE", "MISSING"].map((status) => (
                        <div key={status} className="card" data-status={status}><div className="value">{i18n.number(count(status))}</div><div className="label">{i18n.label("ReportStatus", status)}</div></div>
                      ))}
                      <div className="card" data-testid="deadline"><div className="value">{i18n.date(deadline)}</div><div className="label">{m.deadline(countdown(deadline))}</div></div>
                    </div>
                    <DataTable caption={`${m.tableCaption}, ${year}`} columns={columns} rows={rows} rowKey={(r) => r.unit.id} />
                  </>
                );
              }}
            </Loaded>
          )}
        </>
      )}
    </section>
  );
}
