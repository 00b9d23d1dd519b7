/**
 * `npm run build:web`: bundles the web app and GraphiQL into web/dist with Vite. `npm start` and the
 * test suite call `ensureWebBuilt`, which builds only when the sources changed since the last build
 * (a hash of them is kept in web/dist), so a fresh clone works with no extra step.
 * `--force` builds even when nothing changed.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const WEB = path.join(ROOT, "web");
const DIST = path.join(WEB, "dist");
const STAMP = path.join(DIST, ".source-hash");
/** What the bundle is made of: the app, its build settings, the shared labels and the locked dependencies. */
const SOURCES = [path.join(WEB, "src"), path.join(WEB, "graphiql"), path.join(WEB, "index.html"), path.join(WEB, "graphiql.html"),
  path.join(WEB, "vite.config.mts"), path.join(ROOT, "src", "domain", "labels.ts"), path.join(ROOT, "package-lock.json")];

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).sort().flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of SOURCES.flatMap(filesUnder)) hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file));
  return hash.digest("hex");
}

/** Builds web/dist when it is missing or older than its sources; `force` builds anyway. */
export async function ensureWebBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? ((line) => console.error(line));
  const hash = sourceHash();
  if (!options.force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return;
  log("Building the web app (vite build)…");
  const started = Date.now();
  // vite's package exports no bin path: find its folder through its package.json.
  // vite's package exports no bin path: find its folder through its package.json.
  const vite = path.join(path.dirname(require.resolve("vite/package.json")), "bin", "vite.js");
  // Built aside, then swapped in: a running service (or a second build) never sees a half-written folder.
  const aside = `${DIST}.${process.pid}`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, "build", "--config", path.join(WEB, "vite.config.mts"), "--outDir", aside, "--emptyOutDir", "--logLevel", "warn"], {
      // Always the production bundle: under the test runner NODE_ENV is "test", and Vite would bundle
      // React's development build.
      cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NODE_ENV: "production" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit code ${code})`))));
  });
  fs.writeFileSync(path.join(aside, ".source-hash"), hash);
  const old = `${DIST}.old.${process.pid}`;
  if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
  fs.renameSync(aside, DIST);
  fs.rmSync(old, { recursive: true, force: true });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s (web/dist)`);
}

if (require.main === module) {
  ensureWebBuilt({ force: process.argv.includes("--force") }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
