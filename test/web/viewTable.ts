/**
 * What the view tests read off a page: the table's row keys and cells, as the page shows them, and
 * numbers formatted as the page formats them, to compare with the GraphQL answer.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { AppPage } from "../support/browser";

export const ROWS = "table.data tbody tr";

/** 1234.5 → "1.234,5" (vi-VN), as i18n.number does. */
export const vn = (n: number, digits = 0) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits }).format(n);
/** 1234.5 → "1,234.5" (en-GB). */
export const gb = (n: number, digits = 0) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(n);
/** "2020-12-15" → "15/12/2020". */
export const dmy = (date: string) => date.split("-").reverse().join("/");

/** The `data-key` of every row of the table, in the order shown. */
export function rowKeys(page: Page): Promise<(string | null)[]> {
  return page.$$eval(ROWS, (rows) => rows.map((r) => r.getAttribute("data-key")));
}

/** The text of each cell of the row with `key`. */
export function rowCells(page: Page, key: string): Promise<string[]> {
  return page.$$eval(`${ROWS}[data-key="${key}"] td`, (tds) => tds.map((td) => td.textContent ?? ""));
}

/** The headers' words (sort marks left out). */
export function headers(page: Page): Promise<string[]> {
  return page.$$eval("table.data thead th", (ths) => ths.map((th) => (th.textContent ?? "").replace(/[▲▼↕]/g, "").trim()));
}

/** The table holds exactly `keys` in that order (waiting for a refetch to land). */
export async function expectRows(page: Page, keys: string[]): Promise<void> {
  await expect.poll(() => rowKeys(page), { timeout: 15_000 }).toEqual(keys);
}

/** The page asked nothing of another origin and logged no error. */
export function expectClean({ offsite, pageErrors }: AppPage): void {
  expect(offsite).toEqual([]);
  expect(pageErrors).toEqual([]);
}

/** The URL's search parameters now. */
export const paramsOf = (page: Page) => new URL(page.url()).searchParams;
