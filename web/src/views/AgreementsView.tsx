/**
 * /agreements?fromYear=&toYear=[&status=A,B][&expiringWithinDays=][&reportDueDays=][&sort=&dir=] —
 * agreementReview: the agreements in force during the period, their expiry and status at the
 * period's last day, whether each was reported to the central authority in time, and its
 * commitments (met of total; each one's actual against expected on unfolding). Expired and
 * expiring ones come first.
 */
import { Link, useSearchParams } from "react-router";
import { useGraphQL } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { ExportButtons } from "../components/ExportButtons";
import { DaysInput, MultiSelect, Toolbar, YearInput } from "../components/PeriodForm";
import { Empty, Loaded, Loading } from "../components/States";
import { usePlanDefaults, yearParam } from "../components/usePlanDefaults";
import { useI18n, useMessages, type I18n } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./AgreementsView.messages";
import "./AgreementsView.css";

interface Commitment { id: string; description: string; kind: string; expected: number; actual: number; ratio: number; met: boolean }
interface Row {
  partnership: { id: string; title: string; titleVi: string | null; kind: string; signedOn: string };
  expiresOn: string | null;
  status: string;
  reportStatus: string;
  commitments: Commitment[];
}

const QUERY = `query Agreements($period: PeriodInput!, $status: [AgreementStatus!], $expiringWithinDays: Int! = 180, $reportDueDays: Int! = 15) {
  agreementReview(period: $period, status: $status, expiringWithinDays: $expiringWithinDays, reportDueDays: $reportDueDays) {
    partnership { id title titleVi kind signedOn } expiresOn status reportStatus commitments { id description kind expected actual ratio met } } }`;

/** The statuses in the order a reviewer reads them: what needs acting on first. */
const STATUSES = ["EXPIRED", "EXPIRING", "ACTIVE", "ENDED", "NOT_SIGNED"];
const STATUS_CLASS: Record<string, string> = { EXPIRED: "bad", EXPIRING: "warn", ACTIVE: "ok", ENDED: "muted", NOT_SIGNED: "muted" };
const REPORTS = ["MISSING", "LATE", "PENDING", "ON_TIME"];
const REPORT_CLASS: Record<string, string> = { MISSING: "bad", LATE: "warn", PENDING: "muted", ON_TIME: "ok" };
const DEFAULT_EXPIRING_DAYS = 180;
const DEFAULT_REPORT_DAYS = 15;

/** A whole number of days from the URL (0–36500), or null for the question's default. */
function daysParam(params: URLSearchParams, key: string): number | null {
  const text = params.get(key);
  return text && /^\d{1,5}$/.test(text) && Number(text) <= 36_500 ? Number(text) : null;
}

export function AgreementsView() {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const [params] = useSearchParams();
  const { ready } = usePlanDefaults(["fromYear", "toYear"]);
  const fromYear = yearParam(params, "fromYear");
  const toYear = yearParam(params, "toYear");
  const statuses = (params.get("status") ?? "").split(",").filter((s) => STATUSES.includes(s));
  const expiringWithinDays = daysParam(params, "expiringWithinDays");
  const reportDueDays = daysParam(params, "reportDueDays");
  const variables = {
    period: { fromYear, toYear },
    status: statuses.length ? statuses : null,
    // Left out when not set, so the question's own defaults apply.
    ...(expiringWithinDays !== null && { expiringWithinDays }),
    ...(reportDueDays !== null && { reportDueDays }),
  };
  const query = useGraphQL<{ agreementReview: Row[] }>(QUERY, variables, ready && fromYear !== null && toYear !== null);

  const columns: Column<Row>[] = [
    { key: "partnership", header: m.columns.partnership, sortValue: (r) => i18n.title(r.partnership),
      cell: (r) => <Link className="agreement-title" to={href(`/partnerships/${encodeURIComponent(r.partnership.id)}`)}>{i18n.title(r.partnership)}</Link> },
    { key: "signedOn", header: m.columns.signedOn, cell: (r) => i18n.date(r.partnership.signedOn), sortValue: (r) => r.partnership.signedOn },
    { key: "expiresOn", header: m.columns.expiresOn, sortValue: (r) => r.expiresOn,
      cell: (r) => (r.expiresOn ? i18n.date(r.expiresOn) : <span className="muted-text nowrap">{m.openEnded}</span>) },
    { key: "status", header: m.columns.status, sortValue: (r) => STATUSES.indexOf(r.status),
      cell: (r) => <span className={`badge ${STATUS_CLASS[r.status] ?? "muted"}`}>{i18n.label("AgreementStatus", r.status)}</span> },
    { key: "report", header: m.columns.report, sortValue: (r) => REPORTS.indexOf(r.reportStatus),
      cell: (r) => <span className={`badge ${REPORT_CLASS[r.reportStatus] ?? "muted"}`}>{i18n.label("ReportCompliance", r.reportStatus)}</span> },
    { key: "commitments", header: m.columns.commitments, sortValue: (r) => (r.commitments.length ? r.commitments.filter((c) => c.met).length / r.commitments.length : null),
      cell: (r) => <Commitments commitments={r.commitments} /> },
  ];

  const asOf = toYear !== null ? i18n.date(`${toYear}-12-31`) : "—";
  return (
    <section aria-labelledby="agreements-title">
      <h1 id="agreements-title">{m.title}</h1>
      <p className="subtitle">{m.subtitle(asOf)}</p>
      <Toolbar>
        <YearInput name="fromYear" label={i18n.t.period.fromYear} />
        <YearInput name="toYear" label={i18n.t.period.toYear} />
        <MultiSelect name="status" label={m.status} values={STATUSES} labelOf={(v) => i18n.label("AgreementStatus", v)} allLabel={i18n.t.all} />
        <DaysInput name="expiringWithinDays" label={m.expiringWithin} defaultDays={DEFAULT_EXPIRING_DAYS} />
        <DaysInput name="reportDueDays" label={m.reportDue} defaultDays={DEFAULT_REPORT_DAYS} />
        <ExportButtons table="agreements" params={{ fromYear, toYear, status: statuses.join(","), expiringWithinDays, reportDueDays }} />
      </Toolbar>
      {!ready ? <Loading /> : (
        <Loaded query={query}>
          {({ agreementReview: rows }) => (
            <>
              <SummaryCards rows={rows} />
              {rows.length === 0 ? <Empty>{m.noRows}</Empty> : (
                <DataTable caption={m.tableCaption(`${fromYear}–${toYear}`, i18n.number(rows.length))} columns={columns} rows={rows}
                  rowKey={(r) => r.partnership.id} defaultSort={{ key: "status", dir: "asc" }}
                  rowClass={(r) => (r.status === "EXPIRED" ? "expired-row" : r.status === "EXPIRING" ? "expiring-row" : undefined)} />
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** What needs acting on, counted over the rows shown. */
function SummaryCards({ rows }: { rows: Row[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const cards: [string, string, number][] = [
    ["expiring", "warn", rows.filter((r) => r.status === "EXPIRING").length],
    ["expired", "bad", rows.filter((r) => r.status === "EXPIRED").length],
    ["reportMissing", "bad", rows.filter((r) => r.reportStatus === "MISSING").length],
    ["reportLate", "warn", rows.filter((r) => r.reportStatus === "LATE").length],
    ["unmet", "warn", rows.reduce((n, r) => n + r.commitments.filter((c) => !c.met).length, 0)],
  ];
  return (
    <div className="summary-cards">
      {cards.map(([name, tone, value]) => (
        <div key={name} className={`card status-card ${value > 0 ? tone : "muted"}`} data-card={name}>
          <div className="value">{i18n.number(value)}</div>
          <div className="label">{m.cards[name as keyof typeof m.cards]}</div>
        </div>
      ))}
    </div>
  );
}

/** A commitment's figure: dollars with cents for funds (the kind's label names the currency), a count for activities. */
function figure(i18n: I18n, kind: string, value: number): string {
  return i18n.number(value, kind === "FUNDS_USD" ? 2 : 1);
}

/** Met of total, unfolding to each commitment's actual against expected. */
function Commitments({ commitments }: { commitments: Commitment[] }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  if (commitments.length === 0) return <span className="muted-text">{m.noCommitments}</span>;
  const met = commitments.filter((c) => c.met).length;
  return (
    <details className="commitments">
      <summary><span className={`badge ${met === commitments.length ? "ok" : "warn"}`}>{m.met(i18n.number(met), i18n.number(commitments.length))}</span></summary>
      <ul>
        {commitments.map((c) => (
          <li key={c.id} data-commitment={c.id}>
            {c.description}{" "}
            <span className="figures">
              {i18n.label("CommitmentKind", c.kind)}: {m.fulfilment(figure(i18n, c.kind, c.actual), figure(i18n, c.kind, c.expected), `${i18n.number(c.ratio * 100, 1)}%`)}
            </span>{" "}
            <span className={`badge ${c.met ? "ok" : "warn"}`}>{c.met ? m.metMark : m.unmetMark}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
