/** The designed states of anything that loads: loading, failed (with a retry), empty. */
import type { ReactNode } from "react";
import { useI18n } from "../i18n";

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t.states.loading}
    </div>
  );
}

export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <strong>{t.states.error}</strong>
      <p>{error.message}</p>
      {retry && <button type="button" onClick={retry}>{t.states.retry}</button>}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <div className="state state-empty">{children ?? t.states.empty}</div>;
}

/** Loading, error or the content: the usual frame of a view's query. */
export function Loaded<T>({ query, children }: { query: { data?: T; error: Error | null; isPending: boolean; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  if (query.error) return <ErrorBox error={query.error} retry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
