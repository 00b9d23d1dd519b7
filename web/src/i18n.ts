/**
 * Two languages: Vietnamese (the default) and English. The language lives in the URL (`lang=en`),
 * like the rest of a view's state, so a shared link opens in the language it was sent in.
 * Numbers and dates are formatted for the language: `1.234.567 USD` and `15/12/2020` in Vietnamese.
 */
import { useSearchParams } from "react-router";
import { enumLabel, type EnumName } from "../../src/domain/labels";
import { en, vi, type Messages } from "./messages";

export type Lang = "vi" | "en";

const MESSAGES: Record<Lang, Messages> = { vi, en };
const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

export interface I18n {
  lang: Lang;
  t: Messages;
  /** 1234567 → "1.234.567" (vi) or "1,234,567" (en); `digits` decimals at most. */
  number(value: number | null | undefined, digits?: number): string;
  /** An amount with its currency: "1.234.567 USD". */
  money(amount: number | null | undefined, currency: string, digits?: number): string;
  /** "2020-12-15" → "15/12/2020" (both languages: the form planners use). */
  date(value: string | null | undefined): string;
  /** The label of an enum value in the language (src/domain/labels.ts), or the value itself when unknown. */
  label(name: EnumName, value: string | null | undefined): string;
  /** A country's name in the language (nameVi when Vietnamese and known). */
  name(item: { name: string; nameVi?: string | null }): string;
  /** A record's title in the language (titleVi when Vietnamese and recorded). */
  title(item: { title: string; titleVi?: string | null }): string;
}

export function langOf(params: URLSearchParams): Lang {
  return params.get("lang") === "en" ? "en" : "vi";
}

export function i18nFor(lang: Lang): I18n {
  const locale = LOCALES[lang];
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let found = formats.get(digits);
    if (!found) formats.set(digits, (found = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return found;
  };
  const t = MESSAGES[lang];
  return {
    lang,
    t,
    number: (value, digits = 0) => (value == null ? "—" : format(digits).format(value)),
    money: (amount, currency, digits = 0) => (amount == null ? "—" : `${format(digits).format(amount)} ${currency}`),
    date: (value) => {
      if (!value) return "—";
      const [y, m, d] = value.split("-");
      return `${d}/${m}/${y}`;
    },
    label: (name, value) => (value == null ? "—" : enumLabel(name, value, lang)),
    name: (item) => (lang === "vi" && item.nameVi ? item.nameVi : item.name),
    title: (item) => (lang === "vi" && item.titleVi ? item.titleVi : item.title),
  };
}

/** The current language and its formatters, from the URL. */
export function useI18n(): I18n {
  const [params] = useSearchParams();
  return i18nFor(langOf(params));
}

/** A view's own strings (`{ vi, en }`, English typed as the Vietnamese), in the current language. */
export function useMessages<T>(messages: { vi: T; en: T }): T {
  return messages[useI18n().lang];
}
