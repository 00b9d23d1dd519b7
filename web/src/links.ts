/**
 * Links inside the app keep the language: every view's state is in its URL, and the language is
 * part of it, so following a link never switches a Vietnamese reader to English.
 */
import { useSearchParams } from "react-router";
import { langOf } from "./i18n";

/** `path` with `params` (empty values left out) and the current language. */
export function useAppHref(): (path: string, params?: Record<string, string | number | null | undefined>) => string {
  const [current] = useSearchParams();
  const lang = langOf(current);
  return (path, params = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value != null && value !== "") search.set(key, String(value));
    if (lang !== "vi") search.set("lang", lang);
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
}
