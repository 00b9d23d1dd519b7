/**
 * The web app's files (web/dist, built by `npm run build:web`): the app's own paths answer its
 * index.html (the app routes in the browser), `/graphiql` answers GraphiQL's page, and `/assets/…`
 * the bundled scripts, styles and data. Nothing else is read from disk: a path outside these, or
 * one that tries to leave the folder, is not found.
 */
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "../config";

export const WEB_DIST = path.join(PROJECT_ROOT, "web", "dist");

/** The paths the app handles in the browser (each view's deep link). */
const APP_PATHS = /^\/(?:coverage|effectiveness|reporting|tasks|agreements|permits|search|(?:partnerships|actors)\/[^/]+)?\/?$/;
const ASSET = /^\/assets\/[A-Za-z0-9._-]+$/;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

/**
 * The page may load only from its own origin (no CDN, no font service, no tracker): a government
 * network may block those, and the data must not leave the machine. Inline styles are allowed
 * (the map and the network view set them). Workers only from the page's own origin: GraphiQL's
 * editor (Monaco) starts its language workers from files Vite bundles into /assets (graphiql's
 * `setup-workers/vite`, `?worker` imports), so it needs neither blob: nor another origin.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; " +
  "script-src 'self'; worker-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The file a GET of `pathname` answers with, or undefined when it is not one of the app's. */
function fileOf(pathname: string): string | undefined {
  if (APP_PATHS.test(pathname)) return path.join(WEB_DIST, "index.html");
  if (pathname === "/graphiql" || pathname === "/graphiql/") return path.join(WEB_DIST, "graphiql.html");
  if (ASSET.test(pathname)) return path.join(WEB_DIST, pathname);
  return undefined;
}

/** Answers `pathname` from the web app's files; false when the path is not the app's. */
export async function serveWebApp(res: http.ServerResponse, pathname: string): Promise<boolean> {
  const file = fileOf(pathname);
  if (!file) return false;
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    if (file.endsWith(".html")) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web app is not built: run `npm run build:web` (npm start builds it when it is missing).\n");
    } else {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
    }
    return true;
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    // Bundled assets carry a content hash in their name; pages must be fetched anew after an upgrade.
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  res.end(body);
  return true;
}
