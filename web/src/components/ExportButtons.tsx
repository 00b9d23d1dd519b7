/** Download buttons of a table: the same rows as on the screen, as CSV or Excel, in the page's language. */
import { useI18n } from "../i18n";

export function ExportButtons({ table, params }: { table: "coverage" | "effectiveness" | "reporting"; params: Record<string, string | number | null | undefined> }) {
  const { t, lang } = useI18n();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null && value !== "") query.set(key, String(value));
  if (lang === "en") query.set("lang", "en");
  return (
    <div className="exports">
      <a className="button secondary" href={`/export/${table}.csv?${query}`} download>{t.exports.csv}</a>
      <a className="button secondary" href={`/export/${table}.xlsx?${query}`} download>{t.exports.xlsx}</a>
    </div>
  );
}
