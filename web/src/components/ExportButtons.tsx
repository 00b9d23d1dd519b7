/**
 * Download links of a table: the same rows as on the screen, as CSV or Excel, in the page's
 * language. The service's export routes refuse parameters they do not know, so `params` holds
 * exactly the ones the route takes; `note` says when a filter of the page is not part of the file.
 */
import type { ReactNode } from "react";
import { useI18n } from "../i18n";
import "./ExportButtons.css";

export type ExportParams = Record<string, string | number | null | undefined>;

/** `path?params` with the empty ones left out. */
export function withParams(path: string, params: ExportParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function ExportButtons({ table, params, note, children }: { table: "coverage" | "effectiveness" | "reporting" | "agreements" | "permits" | "plan-progress"; params: ExportParams; note?: string; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const all = { ...params, lang: lang === "en" ? "en" : null };
  return (
    <div className="exports">
      <div className="export-links">
        <a className="button secondary" href={withParams(`/export/${table}.csv`, all)} download>{t.exports.csv}</a>
        <a className="button secondary" href={withParams(`/export/${table}.xlsx`, all)} download>{t.exports.xlsx}</a>
        {children}
      </div>
      {note && <p className="export-note">{note}</p>}
    </div>
  );
}
