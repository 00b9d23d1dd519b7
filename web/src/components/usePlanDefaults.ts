/**
 * A view's period and plan, from the URL; when the URL names none, the first plan's (by id) are
 * written into it (replacing the entry), so that what the page shows is always what its link says.
 */
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { useGraphQL } from "../api";

export interface PlanSummary {
  id: string;
  title: string;
  titleVi: string | null;
  fromYear: number;
  toYear: number;
  reportDeadline: string;
}

const PLANS = `{ plans { id title titleVi fromYear toYear reportDeadline } }`;

export function usePlans() {
  return useGraphQL<{ plans: PlanSummary[] }>(PLANS, {});
}

/**
 * Fills the `keys` the URL lacks from the first plan (or the last four years when there is no plan).
 * `planId=` (present and empty) means "no plan" and is kept.
 */
export function usePlanDefaults(keys: ("fromYear" | "toYear" | "planId" | "year")[]): { ready: boolean; plans: PlanSummary[] } {
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  // A year that is not one (a mistyped link) is replaced like a missing one, rather than leaving the
  // view waiting for a question it cannot ask.
  const missing = keys.filter((k) => !params.has(k) || (k !== "planId" && yearParam(params, k) === null));
  useEffect(() => {
    if (missing.length === 0 || !plans.data) return;
    const plan = [...plans.data.plans].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    const thisYear = new Date().getFullYear();
    const defaults: Record<string, string> = plan
      ? { fromYear: String(plan.fromYear), toYear: String(plan.toYear), planId: plan.id, year: String(plan.toYear) }
      : { fromYear: String(thisYear - 3), toYear: String(thisYear), planId: "", year: String(thisYear) };
    const next = new URLSearchParams(params);
    for (const key of missing) next.set(key, defaults[key]);
    setParams(next, { replace: true });
  }, [missing.join(","), plans.data]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ready: missing.length === 0 && plans.data !== undefined, plans: plans.data?.plans ?? [] };
}

/** A whole year from the URL, or null. */
export function yearParam(params: URLSearchParams, key: string): number | null {
  const value = params.get(key);
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}
