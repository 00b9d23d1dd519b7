/**
 * The HTTP side of the service, on Node's own `http` module:
 *   POST|GET /graphql  → Apollo Server
 *   GET /             → a small self-hosted query page (no CDN: many government networks block them)
 *   GET /health       → 200 when Neo4j answers, 503 when it does not (for load balancers and Docker)
 * Apollo's standalone server would accept 50 MB bodies; a read API needs far less, so bodies are
 * capped here (MAX_BODY_BYTES) and anything larger is refused with 413 before it is parsed.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { PROJECT_ROOT } from "../config";
import type { Context } from "./context";

export const MAX_BODY_BYTES = 1024 * 1024;
const EXPLORER_PAGE = path.join(PROJECT_ROOT, "src", "graphql", "explorer.html");

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped (not kept in memory), so the client gets a
    // proper 413 instead of a connection reset in the middle of its upload.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

async function parseBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const text = await readBody(req);
  const type = req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("application/json")) return text;
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "Request body is not valid JSON");
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}

export interface HttpHandlerOptions {
  apollo: ApolloServer<Context>;
  context: () => Promise<Context>;
  health: () => Promise<boolean>;
}

export function createHttpHandler({ apollo, context, health }: HttpHandlerOptions): http.RequestListener {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) send(res, status, "application/json", JSON.stringify({ errors: [{ message: error instanceof HttpError ? error.message : "Internal server error" }] }));
    });
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Read-only public API used by browser front-ends: any origin may call it. CSRF prevention
    // (on in Apollo) still refuses the "simple" requests a browser would send without preflight.
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-apollo-operation-name",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    if (url.pathname === "/health") {
      const ok = await health().catch(() => false);
      send(res, ok ? 200 : 503, "application/json", JSON.stringify({ status: ok ? "ok" : "database unavailable" }));
      return;
    }
    if (url.pathname === "/" && req.method === "GET") {
      send(res, 200, "text/html; charset=utf-8", fs.readFileSync(EXPLORER_PAGE, "utf8"));
      return;
    }
    if (url.pathname !== "/graphql") {
      send(res, 404, "application/json", JSON.stringify({ errors: [{ message: "Not found: the GraphQL endpoint is /graphql" }] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? "GET", headers, search: url.search, body: await parseBody(req) },
      context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
