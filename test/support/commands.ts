/**
 * The project's commands as a user runs them: `npm run NAME` starts the command line package.json
 * gives (`node --import tsx scripts/import.ts`, …). The tests start that same line with this Node,
 * without npm in between (its own start-up, and its lines on the output).
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";

const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).scripts;

/** The program and arguments of `npm run NAME -- ...args`, to run with cwd PROJECT_ROOT. */
export function npmScript(name: string, args: string[] = []): { program: string; args: string[] } {
  const line = scripts[name];
  const [program, ...words] = line?.split(/\s+/) ?? [];
  // Only a plain `node …` line can be started without a shell; anything else would need npm's.
  if (program !== "node" || words.some((word) => /["'$&|;<>`]/.test(word))) throw new Error(`npm script "${name}" is not a plain node command line: ${line}`);
  return { program: process.execPath, args: [...words, ...args] };
}
