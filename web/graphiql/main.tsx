/**
 * GraphiQL at /graphiql, self-hosted: everything comes from the service's own bundle, nothing from a
 * CDN. The editor is Monaco, whose workers Vite bundles through `?worker` imports (graphiql's
 * `setup-workers/vite`); the query explorer is a plugin; the headers editor takes a token
 * (`{"Authorization": "Bearer …"}`), which is not saved in the browser (GraphiQL's default,
 * kept on purpose). Requests go to /graphql on the page's own origin only.
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
    <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={readmeExamples(readme)} isHeadersEditorEnabled shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers">
      <GraphiQL.Logo>
        <a href="/" className="graphiql-home">Partner network</a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
