/**
 * /tasks?planId=&year=[&sort=&dir=] — planProgress: for each task of the plan, the activities
 * serving it dated in the year (in all and by kind), the assigned units that organised one of them
 * and those that organised none (highlighted: they are the ones to follow up). Plan and year are
 * chosen as on the reporting view.
 */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { PlanSelect, Toolbar, YearSelect } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./TasksView.messages";
import "./TasksView.css";

interface Named { id: string; name: string; nameVi: string | null }
interface Row {
  task: { id: string; title: string; titleVi: string | null };
  activities: number;
  activitiesByKind: { kind: string; count: number }[];
  assigneesWithActivity: Named[];
  assigneesWithout: Named[];
}

const QUERY = `query Tasks($planId: ID!, $year: Int!) { planProgress(planId: $planId, year: $year) {
  task { id title titleVi } activities activitiesByKind { kind count }
  assigneesWithActivity { id name nameVi } assigneesWithout { id name nameVi } } }`;

export function TasksView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const [params] = useSearchParams();
  const { ready, plans } = usePlanDefaults(["planId", "year"]);
  const planId = params.get("planId") || null;
  const year = yearParam(params, "year");
  const plan = plans.find((p) => p.id === planId);
  const query = useGraphQL<{ planProgress: Row[] }>(QUERY, { planId, year }, ready && planId !== null && year !== null);
  const years = plan ? Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i) : [];
  // A year from a link outside the plan still shows in the select, so the form says what the URL says.
  if (year !== null && plan && !years.includes(year)) years.push(year);

  const actors = (list: Named[], className: string) =>
    list.length === 0 ? <span className="muted-text">{m.none}</span> : (
      <ul className={`assignees ${className}`}>
        {list.map((a) => <li key={a.id} data-actor={a.id}><Link to={href(`/actors/${encodeURIComponent(a.id)}`)}>{i18n.name(a)}</Link></li>)}
      </ul>
    );
  const columns: Column<Row>[] = [
    { key: "task", header: m.columns.task, cell: (r) => <div className="task-title">{i18n.title(r.task)}</div>, sortValue: (r) => r.task.id },
    { key: "activities", header: m.columns.activities, numeric: true, cell: (r) => i18n.number(r.activities), sortValue: (r) => r.activities },
    { key: "byKind", header: m.columns.byKind,
      cell: (r) => (r.activitiesByKind.length === 0 ? <span className="muted-text">{m.none}</span>
        : r.activitiesByKind.map((k) => <span key={k.kind} className="badge muted" data-kind={k.kind}>{i18n.label("ActivityKind", k.kind)}: {i18n.number(k.count)}</span>)) },
    { key: "withActivity", header: m.columns.withActivity, cell: (r) => actors(r.assigneesWithActivity, "with"), sortValue: (r) => r.assigneesWithActivity.length },
    { key: "without", header: m.columns.without, cell: (r) => actors(r.assigneesWithout, "without"), sortValue: (r) => r.assigneesWithout.length },
  ];

  if (ready && plans.length === 0) {
    return <section aria-labelledby="tasks-title"><h1 id="tasks-title">{m.title}</h1><Empty>{m.noPlan}</Empty></section>;
  }
  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <Toolbar>
        <PlanSelect plans={plans} />
        <YearSelect years={years} value={year} label={m.year} />
        <ExportButtons table="plan-progress" params={{ planId, year }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {({ planProgress: rows }) => (
            <>
              <div className="summary-cards">
                <Card name="tasks" tone="muted" value={rows.length} />
                <Card name="idle" tone="bad" value={rows.filter((r) => r.activities === 0).length} />
                <Card name="activities" tone="ok" value={rows.reduce((n, r) => n + r.activities, 0)} />
                <Card name="without" tone="bad" value={new Set(rows.flatMap((r) => r.assigneesWithout.map((a) => a.id))).size} />
              </div>
              {rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
                <DataTable caption={m.tableCaption(String(year), i18n.number(rows.length))} columns={columns} rows={rows} rowKey={(r) => r.task.id}
                  rowClass={(r) => (r.activities === 0 ? "idle-row" : undefined)} />
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** One figure of the year; a warning colour only when there is something to warn about. */
function Card({ name, tone, value }: { name: "tasks" | "idle" | "activities" | "without"; tone: string; value: number }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  return (
    <div className={`card status-card ${tone === "bad" && value === 0 ? "ok" : tone}`} data-card={name}>
      <div className="value">{i18n.number(value)}</div>
      <div className="label">{m.cards[name]}</div>
    </div>
  );
}
