/** An amount in USD, with the amounts that had no exchange rate shown as such beside it. */
import { useI18n } from "../i18n";

export function UsdWithUnconverted({ usd, unconverted, word }: { usd: number; unconverted: { amount: number; currency: string }[]; word: string }) {
  const i18n = useI18n();
  return (
    <>
      {i18n.money(usd, "USD", 2)}
      {unconverted.map((m) => (
        <div key={m.currency} className="unconverted">+ {i18n.money(m.amount, m.currency, 2)} {word}</div>
      ))}
    </>
  );
}
