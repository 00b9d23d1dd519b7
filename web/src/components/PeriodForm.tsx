/**
 * The period (and plan, and other filters) of a view as a form: every change is written into the
 * URL at once, which the view reads.
 */
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { useI18n } from "../i18n";
import type { PlanSummary } from "./usePlanDefaults";

/** Sets one URL parameter (an empty value removes it, unless `keepEmpty`: "planId=" says "no plan"). */
export function useParamSetter(): (key: string, value: string | null, keepEmpty?: boolean) => void {
  const [params, setParams] = useSearchParams();
  return (key, value, keepEmpty = false) => {
    const next = new URLSearchParams(params);
    if ((value === null || value === "") && !keepEmpty) next.delete(key);
    else next.set(key, value ?? "");
    next.delete("sort");
    next.delete("dir");
    setParams(next);
  };
}

export function YearInput({ name, label }: { name: string; label: string }) {
  const [params] = useSearchParams();
  const set = useParamSetter();
  return (
    <label>
      {label}
      <input type="number" name={name} min={1900} max={2200} value={params.get(name) ?? ""} onChange={(e) => /^\d{4}$/.test(e.target.value) && set(name, e.target.value)} />
    </label>
  );
}

export function PlanSelect({ plans, optional }: { plans: PlanSummary[]; optional?: boolean }) {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const set = useParamSetter();
  return (
    <label>
      {t.plan.label}
      <select name="planId" value={params.get("planId") ?? ""} onChange={(e) => set("planId", e.target.value, true)}>
        {optional && <option value="">{t.plan.none}</option>}
        {plans.map((p) => <option key={p.id} value={p.id}>{lang === "vi" && p.titleVi ? p.titleVi : p.title} ({p.fromYear}–{p.toYear})</option>)}
      </select>
    </label>
  );
}

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

export function Toolbar({ children }: { children: ReactNode }) {
  return <form className="toolbar" onSubmit={(e) => e.preventDefault()}>{children}</form>;
}
