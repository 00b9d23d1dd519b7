/**
 * The layers of docs/architecture.md, held against the code's imports: the generic layers know no
 * entity and no analytic, and no file reaches itself through its imports.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const SRC = path.join(__dirname, "..", "src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Each source file → the source files it imports (relative imports, `import type` included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = fs.readFileSync(file, "utf8");
    const targets = [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => {
      const base = path.resolve(path.dirname(file), m[1]);
      return [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate)) ?? base;
    });
    graph.set(path.relative(SRC, file), targets.map((t) => path.relative(SRC, t)));
  }
  return graph;
}

it("the generic layers import nothing from the entity modules, the analytics, the writes or the composition root", () => {
  const upward = [...importGraph()].flatMap(([file, targets]) =>
    /^(graphql|db|domain|dataset|http|observability)\//.test(file) || /^(config|requestScope|requestLimits|ports)\.ts$/.test(file)
      ? targets.filter((t) => /^(modules|analytics|writes)\//.test(t) || /^(schema|server|main)\.ts$/.test(t)).map((t) => `${file} → ${t}`)
      : [],
  );
  expect(upward).toEqual([]);
});

it("has no import circles", () => {
  const graph = importGraph();
  const circles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      circles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
      return;
    }
    state.set(file, "open");
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  expect(circles).toEqual([]);
});
