/**
 * One table component for every table of the app: columns with a header, a cell, a sort value and
 * numeric alignment; the sort (column and direction) lives in the URL (`sort`, `dir`), so a sorted
 * table can be shared as a link. Every row is shown: the app's tables are the analytics' answers,
 * never paginated away. Each row carries `data-key`.
 */
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";

export interface Column<T> {
  /** Identifies the column in the URL's `sort`. */
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** What the column sorts by; no sorting without it. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The order when the URL names none (the rows' own order when absent). */
  defaultSort?: { key: string; dir: "asc" | "desc" };
  onRowClick?: (row: T) => void;
  footer?: ReactNode;
}

export function DataTable<T>({ caption, columns, rows, rowKey, defaultSort, onRowClick, footer }: Props<T>) {
  const [params, setParams] = useSearchParams();
  const sortKey = params.get("sort") ?? defaultSort?.key;
  const dir = (params.get("dir") ?? defaultSort?.dir ?? "asc") === "desc" ? "desc" : "asc";
  const sortColumn = columns.find((c) => c.key === sortKey && c.sortValue);
  const sorted = sortColumn ? [...rows].sort((a, b) => compare(sortColumn.sortValue!(a), sortColumn.sortValue!(b)) * (dir === "desc" ? -1 : 1)) : rows;

  const sortBy = (key: string) => {
    const next = new URLSearchParams(params);
    const nextDir = key === sortKey && dir === "asc" ? "desc" : "asc";
    next.set("sort", key);
    next.set("dir", nextDir);
    setParams(next, { replace: true });
  };

  return (
    <div className="table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}
                aria-sort={sortColumn?.key === c.key ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                {c.sortValue ? (
                  <button type="button" onClick={() => sortBy(c.key)}>
                    {c.header} <span aria-hidden="true">{sortColumn?.key === c.key ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
                  </button>
                ) : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} data-key={rowKey(row)} onClick={onRowClick ? () => onRowClick(row) : undefined} className={onRowClick ? "clickable" : undefined}>
              {columns.map((c) => <td key={c.key} className={c.numeric ? "num" : undefined}>{c.cell(row)}</td>)}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}

/** Nulls last; numbers as numbers; text in Vietnamese collation. */
function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "vi");
}
