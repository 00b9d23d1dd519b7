/**
 * An amount with its currency, formatted for the language ("1.234.567 USD" in Vietnamese), kept on
 * one line so a number never wraps away from its currency; "—" when there is none.
 */
import { useI18n } from "../i18n";

export interface MoneyValue {
  amount: number;
  currency: string;
}

export function MoneyText({ value, digits = 0 }: { value: MoneyValue | null | undefined; digits?: number }) {
  const i18n = useI18n();
  if (!value) return <span className="money">—</span>;
  return (
    <data className="money" value={`${value.amount} ${value.currency}`} style={{ whiteSpace: "nowrap" }}>
      {i18n.money(value.amount, value.currency, digits)}
    </data>
  );
}
