/**
 * Identity (docs/writes.md, "Tokens"): bearer tokens verified with the configured secret or public
 * key, every forged or unusable token refused with HTTP 401 UNAUTHENTICATED for the whole request
 * (never read as anonymous), and `Actor.contact` shown to EDITOR and ADMIN only.
 */
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import type { Database } from "../../src/db/database";
import { authConfig } from "../../src/identity/tokens";
import { startServer, type RunningServer } from "../../src/server";
import { connectWithDataset } from "../support/db";
import { npmScript } from "../support/commands";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256-0123456789";
const OTHER_SECRET = "another-secret-that-is-long-enough-for-hs256-987654321";
const DOFA = "vn-kh-dofa"; // a domestic unit of the demo, whose contact e-mail is known
const QUERY = `{ actor(id: "${DOFA}") { id contact { email } } }`;

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherRsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "pn-keys-"));
const publicKeyFile = path.join(keyDir, "public.pem");
fs.writeFileSync(publicKeyFile, rsa.publicKey.export({ type: "spki", format: "pem" }));

let db: Database;
const servers: Record<string, RunningServer> = {};

beforeAll(async () => {
  db = await connectWithDataset(await readDatasetFile(DEMO_FILE));
  const start = (env: Record<string, string>) => startServer(db, { host: "127.0.0.1", port: 0, production: true, auth: authConfig(env) });
  servers.secret = await start({ AUTH_JWT_SECRET: SECRET, AUTH_JWT_ISSUER: "https://id.example.vn", AUTH_JWT_AUDIENCE: "partner-network" });
  servers.key = await start({ AUTH_JWT_PUBLIC_KEY_FILE: publicKeyFile });
  servers.required = await start({ AUTH_JWT_SECRET: SECRET, AUTH_REQUIRED: "true" });
  servers.none = await start({});
});

afterAll(async () => {
  for (const server of Object.values(servers)) {
    await server.stop();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  await db.close();
  fs.rmSync(keyDir, { recursive: true, force: true });
});

interface Claims {
  sub?: string;
  role?: string;
  unitId?: string;
  iss?: string;
  aud?: string;
  exp?: number | string | null;
}

/** A token with these claims (defaults: a VIEWER valid for an hour, the issuer and audience the secret server expects). */
async function token(claims: Claims = {}, key: { alg: string; key: unknown } = { alg: "HS256", key: new TextEncoder().encode(SECRET) }): Promise<string> {
  const { exp = "1h", sub = "tester", iss = "https://id.example.vn", aud = "partner-network", ...rest } = claims;
  let jwt = new SignJWT({ role: "VIEWER", ...rest }).setProtectedHeader({ alg: key.alg }).setSubject(sub).setIssuer(iss).setAudience(aud).setIssuedAt();
  if (exp !== null) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(key.key as Uint8Array);
}

async function ask(server: string, authorization?: string, query = QUERY) {
  const response = await fetch(servers[server].url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** Asserts the request was refused whole: 401, one UNAUTHENTICATED error, no data. */
function refused(answer: Awaited<ReturnType<typeof ask>>, message: RegExp) {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0].extensions?.code).toBe("UNAUTHENTICATED");
  expect(answer.body.errors![0].message).toMatch(message);
}

describe("who sees Actor.contact", () => {
  it("anonymous and VIEWER: null; EDITOR and ADMIN: the contact", async () => {
    const contact = async (authorization?: string) => (await ask("secret", authorization)).body.data.actor.contact;
    expect(await contact()).toBeNull();
    expect(await contact(`Bearer ${await token({ role: "VIEWER" })}`)).toBeNull();
    expect(await contact(`Bearer ${await token({ role: "EDITOR", unitId: DOFA })}`)).toEqual({ email: "songoaivu@khanhhoa.gov.vn" });
    expect(await contact(`Bearer ${await token({ role: "ADMIN" })}`)).toEqual({ email: "songoaivu@khanhhoa.gov.vn" });
  });

  it("a token verified with an RS256 public key file works the same way", async () => {
    const rs256 = await token({ role: "ADMIN" }, { alg: "RS256", key: rsa.privateKey });
    expect((await ask("key", `Bearer ${rs256}`)).body.data.actor.contact).toEqual({ email: "songoaivu@khanhhoa.gov.vn" });
  });
});

describe("forged and unusable tokens: 401 UNAUTHENTICATED for the whole request", () => {
  const unsigned = (claims: object) =>
    [{ alg: "none", typ: "JWT" }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".") + ".";
  const inAnHour = Math.floor(Date.now() / 1000) + 3600;

  it.each([
    ["alg none", async () => unsigned({ sub: "x", role: "ADMIN", exp: inAnHour }), /algorithm|malformed/],
    ["signed with another secret", async () => token({ role: "ADMIN" }, { alg: "HS256", key: new TextEncoder().encode(OTHER_SECRET) }), /signature/],
    ["expired", async () => token({ role: "ADMIN", exp: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ["without exp", async () => token({ role: "ADMIN", exp: null }), /"exp"/],
    ["another issuer", async () => token({ role: "ADMIN", iss: "https://evil.example" }), /"iss"/],
    ["another audience", async () => token({ role: "ADMIN", aud: "someone-else" }), /"aud"/],
    ["HS512 instead of HS256", async () => token({ role: "ADMIN" }, { alg: "HS512", key: new TextEncoder().encode(SECRET) }), /algorithm/],
    ["an unknown role", async () => token({ role: "SUPERUSER" }), /role/],
    ["an EDITOR without a unit", async () => token({ role: "EDITOR" }), /unitId/],
    ["an EDITOR of an unknown unit", async () => token({ role: "EDITOR", unitId: "no-such-unit" }), /no-such-unit/],
    ["an EDITOR of a foreign actor", async () => token({ role: "EDITOR", unitId: "jp-wakayama" }), /jp-wakayama.*domestic/],
    ["not a JWT", async () => "not.a.jwt!", /Bearer <token>/],
  ])("%s", async (_name, make, message) => {
    refused(await ask("secret", `Bearer ${await make()}`), message);
  });

  it("a scheme other than Bearer", async () => {
    refused(await ask("secret", `Basic ${Buffer.from("admin:admin").toString("base64")}`), /Bearer <token>/);
  });

  it("on the public-key server: an HS256 token made with the public key as secret, and a token of another key", async () => {
    const pem = fs.readFileSync(publicKeyFile);
    refused(await ask("key", `Bearer ${await token({ role: "ADMIN" }, { alg: "HS256", key: new Uint8Array(pem) })}`), /algorithm/);
    refused(await ask("key", `Bearer ${await token({ role: "ADMIN" }, { alg: "RS256", key: otherRsa.privateKey })}`), /signature/);
  });

  it("with no secret or key configured, any token", async () => {
    refused(await ask("none", `Bearer ${await token({ role: "ADMIN" })}`), /no token verification configured/);
    expect((await ask("none")).body.data.actor.id).toBe(DOFA);
  });

  it("with AUTH_REQUIRED=true, a request without a token; with one it is answered", async () => {
    refused(await ask("required"), /required/);
    const viewer = await token({ role: "VIEWER", iss: undefined, aud: undefined });
    expect((await ask("required", `Bearer ${viewer}`)).body.data.actor.id).toBe(DOFA);
  });
});

describe("configuration", () => {
  it("refuses a secret too short to resist guessing, and a key file it cannot use, naming the variable", () => {
    expect(() => authConfig({ AUTH_JWT_SECRET: "short" })).toThrow(/AUTH_JWT_SECRET must be at least 32 bytes/);
    expect(() => authConfig({ AUTH_JWT_PUBLIC_KEY_FILE: "/no/such/file.pem" })).toThrow(/AUTH_JWT_PUBLIC_KEY_FILE: cannot read/);
    const notAKey = path.join(keyDir, "not-a-key.pem");
    fs.writeFileSync(notAKey, "hello");
    expect(() => authConfig({ AUTH_JWT_PUBLIC_KEY_FILE: notAKey })).toThrow(/not a PEM public key/);
  });

  it("npm run token mints a token the service accepts", async () => {
    const token = npmScript("token", ["--role", "EDITOR", "--unit", DOFA, "--sub", "planner"]);
    const { stdout } = await promisify(execFile)(token.program, token.args, {
      cwd: path.join(__dirname, "..", ".."),
      env: { ...process.env, AUTH_JWT_SECRET: SECRET },
    });
    const answer = await ask("required", `Bearer ${stdout.trim()}`);
    expect(answer.body.data.actor.contact).toEqual({ email: "songoaivu@khanhhoa.gov.vn" });
  });
});
