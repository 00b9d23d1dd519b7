/**
 * Projects with their money: status, funding type, period, and the committed and disbursed amounts
 * in their own currency, formatted for the language. The partnership and actor pages both use it.
 */
import { Link } from "react-router";
import { DataTable, type Column } from "./DataTable";
import { MoneyText, type MoneyValue } from "./MoneyText";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { en, vi } from "./ProjectTable.messages";

export interface ProjectRow {
  id: string; title: string; titleVi: string | null; status: string; fundingType: string; startOn: string; endOn: string | null;
  committed: MoneyValue; disbursed: MoneyValue | null; partnership?: { id: string; title: string } | null;
}

/** The fields of a project the table shows (for the views' queries). */
export const PROJECT_FIELDS = "id title titleVi status fundingType startOn endOn committed { amount currency } disbursed { amount currency }";

interface Props<T extends ProjectRow> {
  caption: string;
  projects: T[];
  /** The title links to the project's partnership (not on the partnership's own page). */
  linkPartnership?: boolean;
  /** What the page's actor is to the project, as a column after the title. */
  roleOf?: (project: T) => string;
}

export function ProjectTable<T extends ProjectRow>({ caption, projects, linkPartnership = false, roleOf }: Props<T>) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  const columns: Column<T>[] = [
    { key: "title", header: m.title, cell: (x) => (linkPartnership && x.partnership
      ? <Link to={href(`/partnerships/${encodeURIComponent(x.partnership.id)}`)}>{i18n.title(x)}</Link> : i18n.title(x)) },
    ...(roleOf ? [{ key: "role", header: m.role, cell: roleOf }] : []),
    { key: "status", header: m.status, cell: (x) => i18n.label("ProjectStatus", x.status) },
    { key: "fundingType", header: m.fundingType, cell: (x) => i18n.label("FundingType", x.fundingType) },
    { key: "period", header: m.period, cell: (x) => `${i18n.date(x.startOn)} – ${x.endOn ? i18n.date(x.endOn) : "…"}` },
    { key: "committed", header: m.committed, numeric: true, cell: (x) => <MoneyText value={x.committed} /> },
    { key: "disbursed", header: m.disbursed, numeric: true, cell: (x) => <MoneyText value={x.disbursed} /> },
  ];
  return <div data-testid="projects"><DataTable caption={caption} rows={projects} rowKey={(x) => x.id} columns={columns} /></div>;
}
