/** connectNeo4j with no NEO4J_URI: starts the local Neo4j, or shares the one already running. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { connectNeo4j } from "../../src/db/connect";
import { freePort } from "../../src/ports";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "connect-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("starts the local Neo4j, lets a second client share it, and stops it with the first", async () => {
  const boltPort = await freePort();
  const first = await connectNeo4j({ mode: "local", dir, boltPort });
  const lines: string[] = [];
  const second = await connectNeo4j({ mode: "local", dir, boltPort }, (line) => lines.push(line));
  try {
    expect(lines).toEqual([`Using the local Neo4j already running at bolt://127.0.0.1:${boltPort}`]);
    expect(await second.db.read("queries/health")).toEqual([{ ok: 1 }]);
    // The schema is in place: constraints exist after connecting.
    const session = second.db.driver.session();
    const constraints = await session.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    await session.close();
    expect(constraints.records.map((r) => r.get("name"))).toContain("actor_id");
  } finally {
    await second.close(); // does not own the process: Neo4j keeps running
    expect(await first.db.read("queries/health")).toEqual([{ ok: 1 }]);
    await first.close();
  }
  const again = await connectNeo4j({ mode: "external", uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password: "", database: undefined }).catch((e: Error) => e);
  expect(again).toBeInstanceOf(Error);
}, 180_000);
