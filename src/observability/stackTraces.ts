/**
 * How stack traces are formatted in production: without source maps, unless Node was started with
 * `--enable-source-maps`.
 *
 * Why: tsx, which runs `npm start`, turns source maps on, and then formatting any stack trace maps
 * every frame through them. Stack traces were formatted on the request path: neo4j-driver made one
 * for every statement it ran (to point a failed statement's error at its caller), which cost 10.5 %
 * of the service's CPU under 16 clients on a search, two thirds of it in the mapping (BENCHMARKS.md,
 * "Per-request work"). The statements no longer record one (src/db/database.ts, `rowsOf`); any
 * other trace formatted on the request path (a library's, an error's) would pay the same. The
 * Docker image runs compiled JavaScript without source maps already; its stack traces and these
 * name the same functions and files.
 */
export function productionStackTraces(production: boolean): void {
  if (production && !process.execArgv.includes("--enable-source-maps")) process.setSourceMapsEnabled(false);
}
