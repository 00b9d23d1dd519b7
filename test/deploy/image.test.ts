/**
 * The Docker image, without Docker: the Dockerfile is read, each stage's COPY lines copy exactly
 * what they name into a temporary folder standing for the stage's WORKDIR, its RUN lines run there
 * with its ENV, and the last stage's CMD starts the service, which must then answer. A file the
 * service needs at run time and the Dockerfile does not copy (as once `scripts/neo4j/pom.xml`) makes
 * this test fail.
 *
 * One deviation, for time: the build stage's `npm ci` (every dependency, to compile) links the
 * project's own node_modules, installed from the same lockfile. The run stage's
 * `npm ci --omit=dev` runs for real (offline-first from npm's cache), so a runtime dependency
 * declared as a dev dependency is caught.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import type { Database } from "../../src/db/database";
import { freePort } from "../../src/ports";
import { smallDataset } from "../fixtures/small";
import { connectWithDataset, testNeo4jEnv } from "../support/db";

interface Stage {
  name: string;
  dir: string;
  env: Record<string, string>;
  cmd?: string[];
}

/** The Dockerfile's instructions, one per logical line (continuations joined, comments dropped). */
function instructions(dockerfile: string): { op: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

/** `KEY=value KEY2=value2` of an ENV line. */
function envOf(args: string): Record<string, string> {
  return Object.fromEntries(args.split(/\s+/).map((pair) => pair.split("=", 2) as [string, string]));
}

function run(command: string, stage: Stage): void {
  const result = spawnSync("sh", ["-c", command], { cwd: stage.dir, env: { ...process.env, ...stage.env }, encoding: "utf8", timeout: 240_000 });
  if (result.status !== 0) throw new Error(`RUN ${command} failed in stage ${stage.name}:\n${result.stdout}\n${result.stderr}`);
}

/** Builds every stage of the Dockerfile under `root`; returns the last one. */
function buildImage(root: string): Stage {
  const stages: Stage[] = [];
  for (const { op, args } of instructions(fs.readFileSync(path.join(PROJECT_ROOT, "Dockerfile"), "utf8"))) {
    const stage = stages.at(-1)!;
    switch (op) {
      case "FROM": {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.length}`;
        const dir = path.join(root, name);
        fs.mkdirSync(dir);
        stages.push({ name, dir, env: {} });
        break;
      }
      case "WORKDIR":
        expect(args, "every stage works in /app").toBe("/app");
        break;
      case "COPY": {
        const parts = args.split(/\s+/);
        const from = parts[0].startsWith("--from=") ? stages.find((s) => s.name === parts.shift()!.slice("--from=".length))!.dir : PROJECT_ROOT;
        const target = parts.pop()!;
        for (const source of parts) {
          const src = path.join(from, source.replace(/^\/app\//, ""));
          const dest = target.endsWith("/") ? path.join(stage.dir, target, path.basename(source)) : path.join(stage.dir, target);
          fs.mkdirSync(path.dirname(dest), { recursive: true });
          fs.cpSync(src, dest, { recursive: true });
        }
        break;
      }
      case "RUN":
        if (args === "npm ci --no-audit --no-fund") fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(stage.dir, "node_modules"));
        else run(args.replace(/^npm ci /, "npm ci --prefer-offline "), stage);
        break;
      case "ENV":
        Object.assign(stage.env, envOf(args));
        break;
      case "CMD":
        stage.cmd = JSON.parse(args) as string[];
        break;
      // EXPOSE, USER and HEALTHCHECK change nothing the service reads.
    }
  }
  return stages.at(-1)!;
}

let db: Database;
let root: string;
let image: Stage;

beforeAll(async () => {
  db = await connectWithDataset(smallDataset());
  root = fs.mkdtempSync(path.join(os.tmpdir(), "image-"));
  image = buildImage(root);
}, 300_000);

afterAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  await db.close();
});

/** Starts the image's CMD with its ENV plus `env`; resolves with the first line on stdout, or the exit and stderr. */
function start(env: Record<string, string>) {
  const [command, ...args] = image.cmd!;
  const child = spawn(command === "node" ? process.execPath : command, args, {
    cwd: image.dir, env: { PATH: process.env.PATH ?? "", ...image.env, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr }).on("line", (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string | null>((resolve) => {
    readline.createInterface({ input: child.stdout }).on("line", (line) => resolve(line));
    void exited.then(() => resolve(null));
  });
  return { child, stderr, exited, ready };
}

describe("the Docker image's layout", () => {
  it("holds the compiled service and its runtime files, no sources or tests", () => {
    expect(fs.existsSync(path.join(image.dir, "dist", "src", "main.js"))).toBe(true);
    expect(fs.existsSync(path.join(image.dir, "web", "dist", "index.html")), "the bundled web app").toBe(true);
    expect(fs.existsSync(path.join(image.dir, "web", "src")), "no web sources").toBe(false);
    expect(fs.existsSync(path.join(image.dir, "src"))).toBe(false);
    expect(fs.existsSync(path.join(image.dir, "test"))).toBe(false);
    expect(image.env.NODE_ENV).toBe("production");
  });

  it("refuses to start without a database password", async () => {
    const service = start({ ...testNeo4jEnv(), NEO4J_PASSWORD: "", PORT: String(await freePort()), HOST: "127.0.0.1" });
    expect(await service.exited).toBe(1);
    expect(service.stderr.join("\n")).toContain("NEO4J_PASSWORD must not be empty when NODE_ENV=production");
  }, 60_000);

  it("starts from what the Dockerfile copies, and serves GraphQL, /ready, the brokers worker and the web app", async () => {
    const port = await freePort();
    // The suite's Neo4j runs with authentication off: any non-empty password passes.
    const service = start({ ...testNeo4jEnv(), NEO4J_PASSWORD: "not-checked", PORT: String(port), HOST: "127.0.0.1" });
    try {
      expect(await service.ready, service.stderr.join("\n")).toBe(`GraphQL ready at http://127.0.0.1:${port}/graphql (web app: http://127.0.0.1:${port}/, GraphiQL: http://127.0.0.1:${port}/graphiql)`);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const response = await fetch(`${base}/graphql`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ actors(first: 1) { totalCount } brokers(first: 1) { actor { id } } }" }),
      });
      const body = (await response.json()) as { data: { actors: { totalCount: number }; brokers: { actor: { id: string } }[] } };
      expect(body.data.actors.totalCount).toBe(smallDataset().actors.length);
      expect(body.data.brokers).toHaveLength(1);
      expect(await (await fetch(`${base}/`)).text()).toContain("<!doctype html>");
      // Production defaults: no demo data loaded into the graph unless asked.
      expect(service.stderr.join("\n")).not.toContain("loading the demo dataset");
    } finally {
      service.child.kill("SIGTERM");
      expect(await service.exited).toBe(0);
    }
  }, 60_000);
});
