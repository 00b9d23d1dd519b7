import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { useI18n } from "./i18n";
import "./styles.css";

const queries = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false } } });

/** Keeps <html lang> and the title in the page's language, for screen readers. */
function DocumentLanguage() {
  const { lang, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);
  return null;
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <DocumentLanguage />
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
