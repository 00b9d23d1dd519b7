/**
 * The period (and plan, and other filters) of a view as a form: every change is written into the
 * URL at once, which the view reads, so the form always shows what the link says.
 */
import { useEffect, useId, useState, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { useI18n } from "../i18n";
import type { PlanSummary } from "./usePlanDefaults";
import "./PeriodForm.css";

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Sets one URL parameter (an empty value removes it, unless `keepEmpty`: "planId=" says "no plan").
 * The table's sort stays: it is how the reader reads, whatever the rows.
 */
export function useParamSetter(): (key: string, value: string | null, keepEmpty?: boolean) => void {
  const [params, setParams] = useSearchParams();
  return (key, value, keepEmpty = false) => {
    const next = new URLSearchParams(params);
    if ((value === null || value === "") && !keepEmpty) next.delete(key);
    else next.set(key, value ?? "");
    setParams(next);
  };
}

/**
 * A typed field over one URL parameter: what is typed stays in the field while it is not a valid
 * value yet, the URL's value comes back when the field is left, and a new URL value replaces it.
 */
function useDraftParam(name: string) {
  const [params] = useSearchParams();
  const set = useParamSetter();
  const fromUrl = params.get(name) ?? "";
  const [draft, setDraft] = useState(fromUrl);
  useEffect(() => setDraft(fromUrl), [fromUrl]);
  return { fromUrl, draft, setDraft, set, reset: () => setDraft(fromUrl) };
}

/**
 * A year field. What is typed stays in the field while it is not a year yet ("20" on the way to
 * "2019"); a whole year goes into the URL at once.
 */
export function YearInput({ name, label }: { name: string; label: string }) {
  const { fromUrl, draft, setDraft, set, reset } = useDraftParam(name);
  const change = (text: string) => {
    setDraft(text);
    const year = Number(text);
    if (/^\d{4}$/.test(text) && year >= MIN_YEAR && year <= MAX_YEAR && text !== fromUrl) set(name, text);
  };
  return (
    <label>
      {label}
      <input type="number" name={name} inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} value={draft}
        onChange={(e) => change(e.target.value)} onBlur={reset} />
    </label>
  );
}

/** One year of a plan, chosen from `years`, in the URL's `year`. */
export function YearSelect({ years, value, label }: { years: readonly number[]; value: number | null; label: string }) {
  const set = useParamSetter();
  return (
    <label>
      {label}
      <select name="year" value={value ?? ""} onChange={(e) => set("year", e.target.value)}>
        {years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </label>
  );
}

/** The API's bound on a number of days (a window, a due delay). */
const MAX_DAYS = 36_500;

/**
 * A number of days (a window, a delay). Empty means the question's default, named as the
 * placeholder; a whole number from 0 to 36500 goes into the URL as it is typed.
 */
export function DaysInput({ name, label, defaultDays }: { name: string; label: string; defaultDays: number }) {
  const { fromUrl, draft, setDraft, set, reset } = useDraftParam(name);
  const change = (text: string) => {
    setDraft(text);
    if (text === "") set(name, null);
    else if (/^\d{1,5}$/.test(text) && Number(text) <= MAX_DAYS && text !== fromUrl) set(name, String(Number(text)));
  };
  return (
    <label>
      {label}
      <input type="number" name={name} className="days" inputMode="numeric" min={0} max={MAX_DAYS} value={draft} placeholder={String(defaultDays)}
        onChange={(e) => change(e.target.value)} onBlur={reset} />
    </label>
  );
}

/** A day (YYYY-MM-DD) from the browser's date field, into the URL once it is a whole date. */
export function DateInput({ name, label }: { name: string; label: string }) {
  const [params] = useSearchParams();
  const set = useParamSetter();
  return (
    <label>
      {label}
      <input type="date" name={name} value={params.get(name) ?? ""}
        onChange={(e) => { if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) set(name, e.target.value); }} />
    </label>
  );
}

export function PlanSelect({ plans, optional }: { plans: PlanSummary[]; optional?: boolean }) {
  const i18n = useI18n();
  const t = i18n.t;
  const [params] = useSearchParams();
  const set = useParamSetter();
  return (
    <label>
      {t.plan.label}
      <select name="planId" className="plan-select" value={params.get("planId") ?? ""} onChange={(e) => set("planId", e.target.value, true)}>
        {optional && <option value="">{t.plan.none}</option>}
        {plans.map((p) => <option key={p.id} value={p.id}>{i18n.title(p)} ({p.fromYear}–{p.toYear})</option>)}
      </select>
    </label>
  );
}

/** One value of a list, or all of them (the parameter left out). */
export function EnumSelect({ name, label, values, labelOf, allLabel }: { name: string; label: string; values: readonly string[]; labelOf: (v: string) => string; allLabel: string }) {
  const [params] = useSearchParams();
  const set = useParamSetter();
  return (
    <label>
      {label}
      <select name={name} value={params.get(name) ?? ""} onChange={(e) => set(name, e.target.value)}>
        <option value="">{allLabel}</option>
        {values.map((v) => <option key={v} value={v}>{labelOf(v)}</option>)}
      </select>
    </label>
  );
}

/**
 * Several values of a list as a comma-separated parameter (`kinds=NGO,PRESS`); none chosen means
 * all. Folded away behind a summary that says what is chosen, so a long list does not crowd the form.
 */
export function MultiSelect({ name, label, values, labelOf, allLabel }: { name: string; label: string; values: readonly string[]; labelOf: (v: string) => string; allLabel: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const set = useParamSetter();
  const id = useId();
  const chosen = (params.get(name) ?? "").split(",").filter((v) => values.includes(v));
  const toggle = (value: string) => {
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    // In the list's own order, so the same choice always makes the same link.
    set(name, values.filter((v) => next.includes(v)).join(","));
  };
  return (
    // Escape folds the list back, as it closes any pop-up, and leaves the focus on its summary.
    <details className="multi-select" data-name={name} onKeyDown={(e) => {
      if (e.key !== "Escape" || !e.currentTarget.open) return;
      e.currentTarget.open = false;
      e.currentTarget.querySelector("summary")?.focus();
    }}>
      <summary aria-describedby={`${id}-chosen`}>
        <span className="multi-label">{label}</span>
        <span id={`${id}-chosen`} className="multi-chosen">{chosen.length === 0 ? allLabel : chosen.map(labelOf).join(", ")}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {values.map((v) => (
          <label key={v} className="check"><input type="checkbox" name={name} value={v} checked={chosen.includes(v)} onChange={() => toggle(v)} /> {labelOf(v)}</label>
        ))}
        {chosen.length > 0 && <button type="button" className="secondary clear" onClick={() => set(name, null)}>{t.all}</button>}
      </fieldset>
    </details>
  );
}

export function Toolbar({ children }: { children: ReactNode }) {
  return <form className="toolbar" onSubmit={(e) => e.preventDefault()}>{children}</form>;
}

/** A filter the form has no field for (it came with a link): shown, and removable. */
export function FilterChip({ name, label, value }: { name: string; label: string; value: string }) {
  const { t } = useI18n();
  const set = useParamSetter();
  return (
    <span className="filter-chip">
      {label}: <strong>{value}</strong>
      <button type="button" className="secondary" aria-label={`${t.removeFilter}: ${label}`} onClick={() => set(name, null)}>×</button>
    </span>
  );
}
