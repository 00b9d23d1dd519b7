/**
 * GraphiQL at /graphiql, self-hosted: the editor (Monaco, with its workers bundled by Vite), the
 * query explorer, a headers editor for `Authorization: Bearer …`, and the README's examples as
 * tabs. It asks only /graphql on its own origin.
 */
import "graphiql/setup-workers/vite";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import readme from "../../README.md?raw";
import { readmeExamples } from "./examples";

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
const plugins = [explorerPlugin()];

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={readmeExamples(readme)} isHeadersEditorEnabled defaultEditorToolsVisibility="headers" />
  </StrictMode>,
);
