/** `npm run schema`: writes the generated SDL to schema/schema.graphql. */
import fs from "node:fs";
import { SCHEMA_FILE, appSchema, printAppSchema } from "../src/schema";

async function main() {
  fs.writeFileSync(SCHEMA_FILE, printAppSchema(await appSchema()));
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
