/**
 * `npm run bench:distinct -- URL [N] [PID]`: a client that writes its cursors into the query text,
 * against a running service at URL. Sends N distinct query texts (default 10 000), four at a time,
 * and prints the service's resident memory every N/10 requests (from its /metrics, or from
 * /proc/PID when a PID is given, for a build without /metrics): flat when the service's caches of
 * prepared queries are bounded.
 */
import fs from "node:fs";

const [base = "http://127.0.0.1:4000", total = "10000", pid] = process.argv.slice(2);
const count = Number(total);

function page(i: number): string {
  const cursor = Buffer.from(`id:page-${i}`).toString("base64url");
  return `{ actors(first: 1, after: "${cursor}") { edges { node { id name partnerships { id title } } } } }`;
}

async function rssMiB(): Promise<number> {
  if (pid) return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("process_resident_memory_bytes "));
  return Number(line?.split(" ")[1]) / 2 ** 20;
}

async function main(): Promise<void> {
  let next = 0;
  let failures = 0;
  const started = Date.now();
  console.log(`${count} distinct query texts to ${base}/graphql, 4 at a time`);
  console.log(`requests  RSS (MiB)  elapsed (s)`);
  console.log(`${"0".padStart(8)}  ${(await rssMiB()).toFixed(0).padStart(9)}  ${"0.0".padStart(11)}`);
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: page(i) }) });
      if (response.status !== 200) failures++;
      await response.text();
      if ((i + 1) % Math.max(1, Math.floor(count / 10)) === 0) {
        console.log(`${String(i + 1).padStart(8)}  ${(await rssMiB()).toFixed(0).padStart(9)}  ${((Date.now() - started) / 1000).toFixed(1).padStart(11)}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (failures) console.log(`${failures} requests failed`);
}

void main();
