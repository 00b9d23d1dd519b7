/**
 * CPU time used by a process (user + system, all its threads), read from Linux's /proc. Under a
 * saturating load the service's and Neo4j's CPU per request is what bounds the throughput on a
 * shared two-core machine, and unlike wall time it barely moves when other work shares the cores:
 * the benchmarks report it beside requests per second. Null where /proc is not readable.
 */
import fs from "node:fs";

/** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux for every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
