/**
 * Named Cypher files. Every query the product sends lives in `cypher/` as a `.cypher` file and is
 * addressed by its path without the extension (`queries/actors/page`), or, for the read engine
 * (graphql/read/compose.ts), is composed of such files (`relations/…`, `roots/…`) and a fixed frame. Files are read once, on first use, and always
 * run with parameters: no Cypher is ever assembled from user input.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config";

const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");
let cache: Map<string, string> | undefined;

function loadAll(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".cypher")) {
        const name = path.relative(CYPHER_DIR, full).replace(/\\/g, "/").replace(/\.cypher$/, "");
        files.set(name, fs.readFileSync(full, "utf8").trim());
      }
    }
  };
  walk(CYPHER_DIR);
  return files;
}

/** The text of the named Cypher file; throws for an unknown name (a programming error). */
export function cypher(name: string): string {
  cache ??= loadAll();
  const text = cache.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}

/** Names of the files under a folder, sorted (used for the schema statements). */
export function cypherNames(folder: string): string[] {
  cache ??= loadAll();
  return [...cache.keys()].filter((n) => n.startsWith(folder + "/")).sort();
}

/** A file split into its statements (schema files hold several, separated by `;`). */
export function statements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}
