/**
 * One table component for every table of the app: columns with a header, a cell, a sort value and
 * numeric alignment; the sort (column and direction) lives in the URL (`sort`, `dir`), so a sorted
 * table can be shared as a link. Every row is shown: the app's tables are the analytics' answers,
 * never paginated away. Each row carries `data-key`, so a check can match rows to the answer.
 */
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import "./DataTable.css";

export interface Column<T> {
  /** Identifies the column in the URL's `sort`. */
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** What the column sorts by; no sorting without it. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
}

export type SortDir = "asc" | "desc";

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The order when the URL names none (the rows' own order when absent). */
  defaultSort?: { key: string; dir: SortDir };
  onRowClick?: (row: T) => void;
  /** A class for some rows (e.g. a warning tint). */
  rowClass?: (row: T) => string | undefined;
  footer?: ReactNode;
}

export function DataTable<T>({ caption, columns, rows, rowKey, defaultSort, onRowClick, rowClass, footer }: Props<T>) {
  const [params, setParams] = useSearchParams();
  const sortKey = params.get("sort") ?? defaultSort?.key;
  const dir: SortDir = (params.get("dir") ?? defaultSort?.dir ?? "asc") === "desc" ? "desc" : "asc";
  const sortColumn = columns.find((c) => c.key === sortKey && c.sortValue);
  const sorted = sortColumn ? sortRows(rows, sortColumn.sortValue!, dir) : rows;

  const sortBy = (key: string) => {
    const next = new URLSearchParams(params);
    next.set("sort", key);
    next.set("dir", key === sortColumn?.key && dir === "asc" ? "desc" : "asc");
    // Sorting is a way of reading the same answer, not a new page: no history entry.
    setParams(next, { replace: true });
  };

  return (
    <div className="table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sortColumn?.key === c.key;
              return (
                <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}
                  aria-sort={c.sortValue ? (sorted ? (dir === "asc" ? "ascending" : "descending") : "none") : undefined}>
                  {c.sortValue ? (
                    <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                      <SortLabel text={c.header} mark={sorted ? (dir === "asc" ? "▲" : "▼") : "↕"} on={sorted} />
                    </button>
                  ) : c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            const classes = [onRowClick ? "clickable" : "", rowClass?.(row) ?? ""].filter(Boolean).join(" ");
            return (
              <tr key={key} data-key={key} onClick={onRowClick ? () => onRowClick(row) : undefined} className={classes || undefined}>
                {columns.map((c) => <td key={c.key} className={c.numeric ? "num" : undefined}>{c.cell(row)}</td>)}
              </tr>
            );
          })}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}

/** A header and its sort mark; the mark stays on the line of the header's last word. */
function SortLabel({ text, mark, on }: { text: string; mark: string; on: boolean }) {
  const cut = text.lastIndexOf(" ") + 1;
  return (
    <>
      {text.slice(0, cut)}
      <span className="nowrap">{text.slice(cut)}<span className={`sort-mark${on ? " on" : ""}`} aria-hidden="true">{mark}</span></span>
    </>
  );
}

/**
 * Rows by `value`: numbers as numbers, text in Vietnamese collation, empty values last whichever the
 * direction. Array.prototype.sort is stable: ties keep the answer's own order.
 */
function sortRows<T>(rows: T[], value: (row: T) => string | number | null, dir: SortDir): T[] {
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return (a - b) * sign;
    return String(a).localeCompare(String(b), "vi") * sign;
  });
}
