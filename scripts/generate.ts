/**
 * `npm run generate -- --scale S|M|L [--seed N] FILE`: writes a synthetic partner-network/v1
 * dataset for performance work (S ≈ 5k actors / 50k activities, M ≈ 50k / 500k, L ≈ 200k / 2M).
 * The same scale and seed always give a byte-identical file. Progress goes to stderr, the summary
 * to stdout. Exit 0 on success, 2 on bad arguments, 1 when the file cannot be written.
 */
import { GenerateFileError, GenerateOptionsError, PRESETS, SCALES, type Scale, generateDatasetFile } from "./generator";

const USAGE = "Usage: npm run generate -- --scale S|M|L [--seed N] FILE";

class UsageError extends Error {}

function parseArgs(argv: string[]): { scale: Scale; seed: number; file: string } {
  let scale: string | undefined;
  let seed: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--scale" || flag === "--seed") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError(`${flag} needs a value`);
      if (flag === "--scale") scale = value;
      else seed = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (scale === undefined) throw new UsageError("--scale is missing");
  const upper = scale.toUpperCase();
  if (!(SCALES as readonly string[]).includes(upper)) throw new UsageError(`--scale must be one of ${SCALES.join(", ")}, got "${scale}"`);
  let seedNumber = 1;
  if (seed !== undefined) {
    seedNumber = /^\d+$/.test(seed) ? Number(seed) : NaN;
    if (!Number.isSafeInteger(seedNumber) || seedNumber > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${seed}"`);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "FILE is missing" : `expected one FILE, got ${files.length}`);
  if (files[0] === "-") throw new UsageError("FILE must be a file path (the dataset is not written to stdout)");
  return { scale: upper as Scale, seed: seedNumber, file: files[0] };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function main(): Promise<number> {
  const { scale, seed, file } = parseArgs(process.argv.slice(2));
  const preset = PRESETS[scale];
  console.error(`Generating scale ${scale} (${preset.actors} actors, ${preset.activities} activities), seed ${seed}, into ${file}…`);
  const summary = await generateDatasetFile({ scale, seed }, file, (line) => console.error(`  ${line}`));
  const counts = Object.entries(summary.written).map(([k, v]) => `${v} ${k}`).join(", ");
  console.log(`Wrote ${file} (${mib(summary.bytes)}) in ${(summary.milliseconds / 1000).toFixed(1)} s: ${counts}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof GenerateFileError || error instanceof GenerateOptionsError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
