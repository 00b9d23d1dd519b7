/**
 * GraphQL-over-HTTP conformance: graphql-http's server audits (https://graphql.github.io/graphql-over-http)
 * against the real service (production mode, graphql-jit, the suite's Neo4j), one test per audit.
 *
 * Every MUST audit passes. A SHOULD or MAY audit either passes or is listed in DEVIATIONS with the
 * reason this service deliberately does otherwise; a listed audit must then fail in exactly the
 * recorded way (level, HTTP status, error code), so that any change of behaviour, better or worse,
 * shows up here and the table (and the README, which quotes its reasons) gets updated.
 */
import { serverAudits, type Audit, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/server";
import { smallDataset } from "../fixtures/small";
import { connectWithDataset } from "../support/db";

interface Deviation {
  /** Why the service deliberately answers otherwise, in one sentence for a newcomer (quoted in the README). */
  reason: string;
  /** How the audit reports it: "warn" for a SHOULD, "notice" for a MAY. A MUST may never be listed. */
  level: "warn" | "notice";
  /** The HTTP status the service answers the audit's request with. */
  status: number;
  /** `extensions.code` of the first error in that answer. */
  code: string;
  /** A fragment of that error's message. */
  message?: string;
}

const CSRF: Omit<Deviation, "level"> = {
  reason:
    "A GET must carry an `apollo-require-preflight` header (or a JSON `content-type`): CSRF prevention refuses, with 400, the plain GET a browser would send from any web page without asking first, and the audit's GET has neither.",
  status: 400,
  code: "BAD_REQUEST",
  message: "Cross-Site Request Forgery",
};

const STATUS_400 =
  "whatever the client accepts, the service answers 400 Bad Request (Apollo Server's rule, and what the spec requires for `application/graphql-response+json`) instead of the 200 the spec suggests for older `application/json` clients; the errors in the body are the same.";

/** Audit id → how and why this service deliberately differs. */
const DEVIATIONS: Record<string, Deviation> = {
  "5A70": { ...CSRF, level: "notice" },
  D6D5: { ...CSRF, level: "notice" },
  "6A70": { ...CSRF, level: "notice" },
  "572B": { reason: `For a query that cannot be parsed, ${STATUS_400}`, level: "warn", status: 400, code: "GRAPHQL_PARSE_FAILED" },
  // The audit's query, `{ 8f31403dfe404bccbb0e835f2629c6a7 }`, is not even parsed (a name cannot
  // start with a digit), so the answer is a parse failure; a query that parses but does not
  // validate (e.g. `{ nope }`) gets the same 400, with GRAPHQL_VALIDATION_FAILED.
  FDE2: { reason: `For a query that does not parse or does not validate against the schema, ${STATUS_400}`, level: "warn", status: 400, code: "GRAPHQL_PARSE_FAILED" },
  // The audit's query declares `$id` without using it, so validation refuses it before its
  // variables are coerced; a real coercion failure gets the same 400, with BAD_USER_INPUT.
  "7B9B": { reason: `For variables that do not fit the operation (unused, missing, or of the wrong type), ${STATUS_400}`, level: "warn", status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
};

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = await connectWithDataset(smallDataset());
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true });
});

afterAll(async () => {
  await server?.stop();
  if (server) await new Promise((resolve) => server.httpServer.close(resolve));
  await db?.close();
});

// The URL is read when each audit runs, after beforeAll has started the server.
const audits: Audit[] = serverAudits({ url: () => server.url });

/** The first error of a failed audit's answer, when its body has not been read by the audit itself. */
async function firstError(response: Response): Promise<{ message?: string; extensions?: { code?: string } } | undefined> {
  const body = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
  return body.errors?.[0];
}

function describeFailure(result: AuditResult): string {
  return result.status === "ok" ? "ok" : `${result.status}: ${result.reason} (HTTP ${result.response.status})`;
}

describe("GraphQL over HTTP audit (graphql-http)", () => {
  it("lists only SHOULD and MAY audits that exist as deviations", () => {
    const byId = new Map(audits.map((audit) => [audit.id, audit]));
    for (const [id, deviation] of Object.entries(DEVIATIONS)) {
      const audit = byId.get(id);
      expect(audit, `deviation ${id} names no audit`).toBeDefined();
      expect(audit!.name.startsWith("MUST"), `${id} is a MUST: it cannot be a deviation`).toBe(false);
      expect(audit!.name.startsWith(deviation.level === "warn" ? "SHOULD" : "MAY")).toBe(true);
    }
  });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      const deviation = DEVIATIONS[audit.id];
      if (!deviation) {
        expect(result.status, `${audit.id} ${audit.name}: ${describeFailure(result)}`).toBe("ok");
        return;
      }
      // A known deviation: it must still fail, and in exactly the recorded way.
      expect(result.status, `${audit.id} now passes: remove it from DEVIATIONS (and the README)`).toBe(deviation.level);
      if (result.status === "ok") return;
      expect(result.response.status).toBe(deviation.status);
      const error = await firstError(result.response);
      expect(error?.extensions?.code).toBe(deviation.code);
      if (deviation.message) expect(error?.message).toContain(deviation.message);
    });
  }
});
