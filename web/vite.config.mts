/**
 * The planners' web app and the GraphiQL page, built into web/dist and served by the service itself
 * (src/http/static.ts). Everything is bundled: the app makes no request but to its own origin.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/",
  plugins: [react()],
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    // Maps of the world and GraphiQL's editor are big; one warning per build would only be noise.
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { app: here("index.html"), graphiql: here("graphiql.html") } },
  },
});
