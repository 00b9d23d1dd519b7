/**
 * A timeline of activities, newest first, read page by page: the first page on arrival, the next
 * ones with the "more" button (each page is asked with the previous page's `after` cursor), and
 * the total always shown so the reader knows how much is left.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { useI18n, useMessages } from "../i18n";
import { useAppHref } from "../links";
import { MoneyText, type MoneyValue } from "./MoneyText";
import { Empty, ErrorBox, Loading } from "./States";
import { en, vi } from "./Timeline.messages";
import "./Timeline.css";

export interface TimelineActivity {
  id: string;
  kind: string;
  title: string;
  titleVi: string | null;
  date: string;
  endDate: string | null;
  funds: MoneyValue | null;
  outcome: string | null;
  partnership?: { id: string; title: string; titleVi: string | null } | null;
}

/** One page of a connection of activities, as the views read it from GraphQL. */
export interface ActivityPage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  activities: TimelineActivity[];
}

/** A page of a GraphQL ActivityConnection, as the views ask for it. */
export interface ActivityConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TimelineActivity }[];
}

/** The timeline's page of a connection (none: an empty page, e.g. for a record that has gone). */
export function activityPageOf(connection: ActivityConnection | null | undefined): ActivityPage {
  if (!connection) return { totalCount: 0, hasNextPage: false, endCursor: null, activities: [] };
  return { totalCount: connection.totalCount, ...connection.pageInfo, activities: connection.edges.map((e) => e.node) };
}

/** A timeline's order, newest first, as the API's `orderBy` argument spells it (one place to change). */
export const NEWEST_FIRST = "NEWEST_FIRST";

/** The fields of an activity the timeline shows (for the views' queries). */
export const TIMELINE_FIELDS = "id kind title titleVi date endDate funds { amount currency } outcome";

/** Pages of activities for `key`, each asked with the previous page's end cursor. */
export function useActivityPages(key: unknown[], fetchPage: (after: string | null) => Promise<ActivityPage>) {
  return useInfiniteQuery({
    queryKey: ["activity-pages", ...key],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasNextPage ? last.endCursor : undefined),
    retry: false,
  });
}

export function Timeline({ pages, showPartnership = false }: { pages: ReturnType<typeof useActivityPages>; showPartnership?: boolean }) {
  const m = useMessages({ vi, en });
  const i18n = useI18n();
  const href = useAppHref();
  if (pages.error) return <ErrorBox error={pages.error} retry={() => void pages.refetch()} />;
  if (!pages.data) return <Loading />;
  const activities = pages.data.pages.flatMap((page) => page.activities);
  const total = pages.data.pages[0].totalCount;
  if (total === 0) return <Empty>{m.empty}</Empty>;
  return (
    <>
      <ol className="tl" data-testid="timeline">
        {activities.map((a) => (
          <li key={a.id} className="tl-item" data-key={a.id}>
            <time className="tl-date" dateTime={a.date}>{i18n.date(a.date)}</time>
            <span className="badge muted">{i18n.label("ActivityKind", a.kind)}</span>{" "}
            <span className="tl-title">{i18n.title(a)}</span>
            <Meta parts={[
              a.endDate && a.endDate !== a.date ? `${m.until} ${i18n.date(a.endDate)}` : null,
              a.funds ? <MoneyText value={a.funds} /> : null,
              showPartnership && a.partnership ? <>{m.under} <Link to={href(`/partnerships/${encodeURIComponent(a.partnership.id)}`)}>{i18n.title(a.partnership)}</Link></> : null,
            ]} />
            {a.outcome && <div className="tl-meta">{a.outcome}</div>}
          </li>
        ))}
      </ol>
      <div className="tl-footer">
        <span data-testid="timeline-shown" aria-live="polite">{m.shown(i18n.number(activities.length), i18n.number(total))}</span>
        {pages.hasNextPage && (
          <button type="button" className="secondary" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? i18n.t.states.loading : m.more}
          </button>
        )}
      </div>
    </>
  );
}

/** The small line under an activity: its parts that are there, separated by dots. */
function Meta({ parts }: { parts: ReactNode[] }) {
  const present = parts.filter((part) => part != null);
  if (present.length === 0) return null;
  return <div className="tl-meta">{present.map((part, i) => <Fragment key={i}>{i > 0 && " · "}{part}</Fragment>)}</div>;
}
