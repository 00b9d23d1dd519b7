/**
 * Words of the exported files that are not enum labels (src/domain/labels.ts): yes/no, and an
 * amount list written out.
 */
import type { LabelLang } from "../domain/labels";

export function yesNo(value: boolean, lang: LabelLang): string {
  return lang === "vi" ? (value ? "Có" : "Không") : value ? "Yes" : "No";
}

/** Amounts per currency as one cell: "1500000 JPY; 20 EUR" (plain numbers: a spreadsheet may reread them). */
export function moneyList(amounts: readonly { amount: number; currency: string }[]): string {
  return amounts.map((m) => `${m.amount} ${m.currency}`).join("; ");
}
