/**
 * The fast tier (`npm run test:unit`): tests that need no database, named `*.unit.test.ts` (the
 * schema, the limits and the cost estimate, configuration, the dataset reader, domain values). No
 * Neo4j is started. `npm test` runs them with the integration tier (vitest.config.ts).
 */
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(__filename);

export default defineConfig({
  // As in vitest.config.ts: one copy of graphql for type-graphql and the tests.
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: {
    include: ["test/**/*.unit.test.ts"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
  },
});
