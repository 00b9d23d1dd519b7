/**
 * How stack traces are formatted in production: without source maps, unless Node was started with
 * `--enable-source-maps`.
 *
 * Why: neo4j-driver captures a stack trace for every statement it runs (to point a failed
 * statement's error at its caller), and tsx, which runs `npm start`, turns source maps on, so each
 * capture also maps every frame through the source maps. Measured under 16 clients on a search
 * (one statement per request): 10.5 % of the service's CPU in that capture, two thirds of it in the
 * mapping (BENCHMARKS.md, "Per-request work"). The Docker image runs compiled JavaScript without
 * source maps already; its stack traces and these name the same functions and files.
 */
export function productionStackTraces(production: boolean): void {
  if (production && !process.execArgv.includes("--enable-source-maps")) process.setSourceMapsEnabled(false);
}
