import type { Database } from "../../db/database";

/** Whether `unitId` is a domestic actor of the graph (an EDITOR's unit must be). */
export async function isDomesticUnit(db: Database, unitId: string): Promise<boolean> {
  const [row] = await db.read("queries/identity/domestic-unit", { unitId });
  return row?.found === true;
}
