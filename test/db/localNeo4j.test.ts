/**
 * The project's own Neo4j: starts a real one on a free port in a fresh folder, talks Bolt to it,
 * and stops it. Self-contained: it does not use the suite's shared Neo4j.
 * The first run on a machine downloads ~125 MB of jars from Maven Central, hence the long timeouts.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classArchivePath } from "../../src/db/classArchive";
import { LocalNeo4jError, ensureApocArtifacts, ensureNeo4jArtifacts, neo4jVersion, startLocalNeo4j, type LocalNeo4j } from "../../src/db/localNeo4j";
import { freePort } from "../../src/ports";

const FIRST_START_TIMEOUT_MS = 10 * 60_000;

/** Whether something can listen on 127.0.0.1:port right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("local Neo4j", () => {
  let dir: string;
  let port: number;
  let local: LocalNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-neo4j-test-"));
    port = await freePort();
    // With the APOC plugin folder the benchmark uses, so that its loading is tested too.
    local = await startLocalNeo4j({ dir, boltPort: port, plugins: await ensureApocArtifacts() });
    // Authentication is off; the service connects with basic("neo4j", ""), so check that works.
    driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  }, FIRST_START_TIMEOUT_MS);

  afterAll(async () => {
    await driver?.close();
    await local?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("listens on loopback at the requested port", () => {
    expect(local.uri).toBe(`bolt://127.0.0.1:${port}`);
  });

  it("loads procedure plugins when asked: APOC core answers", async () => {
    const result = await driver.executeQuery("RETURN apoc.version() AS version, apoc.coll.sum([1, 2, 3]) AS sum");
    expect(result.records[0].get("version")).toMatch(/^5\.26\./);
    expect(result.records[0].get("sum")).toBe(6);
  });

  it("maps the class archive built at the first start (the plugins' jars appended after it)", async () => {
    expect(fs.existsSync(classArchivePath(await ensureNeo4jArtifacts()))).toBe(true);
    expect(local.classArchive).toBe(true);
  });

  it("answers a query over Bolt", async () => {
    const result = await driver.executeQuery("RETURN 1 AS n");
    expect(result.records.map((r) => r.get("n"))).toEqual([1]);
  });

  it("keeps what it writes", async () => {
    await driver.executeQuery("CREATE (:Probe {x: 1})");
    const result = await driver.executeQuery("MATCH (p:Probe {x: 1}) RETURN count(p) AS n", {}, { routing: "READ" });
    expect(result.records[0].get("n")).toBe(1);
  });

  it("refuses a second start on the same port with a one-line message", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "local-neo4j-test-"));
    try {
      const attempt = startLocalNeo4j({ dir: other, boltPort: port });
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(`Neo4j failed to start: cannot listen on 127.0.0.1:${port}: the port is in use (another Neo4j, or another program?)`);
      const message = await attempt.catch((error: Error) => error.message);
      expect(message).not.toContain("\n");
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);

  it("stops: the process is gone and the port is free again", async () => {
    await driver.close();
    await local.stop();
    expect(processExists(local.pid)).toBe(false);
    expect(await portIsFree(port)).toBe(true);
    await local.stop(); // a second stop is a no-op
  }, 120_000);
});

describe("local Neo4j with a class archive that does not fit", () => {
  // A cache of its own (NEO4J_LOCAL_CACHE), sharing the jars, so that the suite's archive is left alone.
  let cache: string;
  let dir: string;
  let archive: string;
  const saved = process.env.NEO4J_LOCAL_CACHE;

  beforeAll(async () => {
    const lib = await ensureNeo4jArtifacts();
    cache = fs.mkdtempSync(path.join(os.tmpdir(), "local-neo4j-cache-"));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-neo4j-test-"));
    const versionDir = path.join(cache, `neo4j-${neo4jVersion()}`);
    fs.mkdirSync(versionDir);
    fs.symlinkSync(lib, path.join(versionDir, "lib"));
    fs.writeFileSync(path.join(versionDir, "lib.complete"), "shared with the suite's cache\n");
    // What another Java's archive, or a truncated one, looks like to this JVM: not its own.
    archive = path.join(versionDir, "classes.jsa");
    fs.writeFileSync(archive, Buffer.alloc(4096, 7));
    process.env.NEO4J_LOCAL_CACHE = cache;
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.NEO4J_LOCAL_CACHE;
    else process.env.NEO4J_LOCAL_CACHE = saved;
    fs.rmSync(cache, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts without it, says so, and removes it for the next start to build again", async () => {
    const lines: string[] = [];
    const local = await startLocalNeo4j({ dir, boltPort: await freePort(), log: (line) => lines.push(line) });
    try {
      expect(local.classArchive).toBe(false);
      const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""));
      try {
        const result = await driver.executeQuery("RETURN 1 AS n");
        expect(result.records[0].get("n").toNumber()).toBe(1);
      } finally {
        await driver.close();
      }
    } finally {
      await local.stop();
    }
    expect(fs.existsSync(archive)).toBe(false);
    expect(lines).toContain("The class archive did not fit this Java or these jars; the next start builds it again.");
  }, 120_000);
});
