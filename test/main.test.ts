/** `npm start` as a process: serves GraphQL, then stops cleanly on SIGTERM. */
import { spawn } from "node:child_process";
import readline from "node:readline";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config";
import { testNeo4jEnv } from "./support/db";
import { freePort } from "../src/ports";
import { npmScript } from "./support/commands";

it("serves GraphQL and exits 0 after a clean shutdown on SIGTERM", async () => {
  const port = await freePort();
  const command = npmScript("start");
  const child = spawn(command.program, command.args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...testNeo4jEnv(), PORT: String(port), LOAD_DEMO: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr }).on("line", (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith("GraphQL ready at ")) resolve(line);
    });
    child.on("exit", () => reject(new Error(`exited before ready: ${stderr.join("\n")}`)));
  });
  expect(ready).toBe(`GraphQL ready at http://127.0.0.1:${port}/graphql (web app: http://127.0.0.1:${port}/, GraphiQL: http://127.0.0.1:${port}/graphiql)`);
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST", headers: { "content-type": "application/json", "x-request-id": "req-42" },
    body: JSON.stringify({ query: "query Codes { countries { code } }" }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toBe("req-42");
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  // The log is one JSON object per line: the request with its id, operation, outcome and duration, then the shutdown.
  const entries = stderr.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries.find((e) => e.reqId === "req-42")).toMatchObject({
    level: "info", msg: "graphql request", operation: "Codes", status: 200, outcome: "ok", durationMs: expect.any(Number),
  });
  expect(entries.slice(-3).map((e) => e.msg)).toEqual(["SIGTERM: shutting down…", "HTTP server stopped; closing Neo4j…", "Stopped."]);
}, 60_000);
