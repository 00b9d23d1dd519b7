/**
 * What every record carries beside its own values (docs/writes.md, "Versions" and "Archive"): its
 * version, who changed it last and when, and, for an archived record (readable by id by an ADMIN
 * only), when, by whom and why it was archived.
 */
import { Field, Int } from "type-graphql";
import type { Row } from "../../db/database";
import { type EntityType, entityType } from "../../graphql/read/entity";
import { optStr } from "./row";

/** The stamp's values, on every record type's class (its fields are declared by `@Versioned()`). */
export abstract class Stamped {
  version!: number;
  updatedAt!: string | null;
  updatedBy!: string | null;
  archivedAt!: string | null;
  archivedBy!: string | null;
  archiveReason!: string | null;
}

const STAMP_GRAPHQL: { name: keyof Stamped; type: () => unknown; nullable: boolean; description: string }[] = [
  {
    name: "version", type: () => Int, nullable: false,
    description: "Version of the record: 1 when created or imported, +1 on every change. An update or archive names the version it read; a stale one is refused with CONFLICT.",
  },
  { name: "updatedAt", type: () => String, nullable: true, description: "When the record was last written (ISO 8601, UTC)." },
  { name: "updatedBy", type: () => String, nullable: true, description: "Who last wrote the record: the `sub` of the writer's token, or `import`." },
  { name: "archivedAt", type: () => String, nullable: true, description: "When the record was archived (ISO 8601, UTC); null for a live record. Archived records are readable by id by ADMIN only." },
  { name: "archivedBy", type: () => String, nullable: true, description: "Who archived the record; null for a live record." },
  { name: "archiveReason", type: () => String, nullable: true, description: "Why the record was archived; null for a live record." },
];

/**
 * Declares the stamp's GraphQL fields on a record type (or interface). A decorator rather than a
 * decorated base class: type-graphql gives the fields a type inherits from another GraphQL type a
 * resolver each, where a type's own plain fields have none (simpleResolvers).
 */
export function Versioned(): ClassDecorator {
  return (target) => {
    for (const field of STAMP_GRAPHQL) {
      Field(field.type as () => never, { nullable: field.nullable, description: field.description })(target.prototype, field.name);
    }
  };
}

/** The stored properties of the stamp fields (see graphql/read/entity.ts). */
const STAMP_FIELDS = {
  version: ["version"], updatedAt: ["updatedAt"], updatedBy: ["updatedBy"],
  archivedAt: ["archivedAt"], archivedBy: ["archivedBy"], archiveReason: ["archiveReason"],
} as const;

/** What a module's row mapper returns: its type's own values, the stamp being read by `recordType`. */
export type Own<T> = Omit<T, keyof Stamped>;

/**
 * A record type's EntityType (graphql/read/entity.ts), keyed by `id`: its own fields and the stamp's.
 * The stamp's values are set on the object the module's mapper made (the same six in the same order
 * every time), not copied with it into a new one: a page maps thousands of rows, and a spread per
 * row doubled the Node time of the benchmark's page at M.
 */
export function recordType<T>(typeName: string, fields: Record<string, readonly string[]>, dates: readonly string[], map: (row: Row) => Own<T>): EntityType<T> {
  const stamped = (row: Row) => {
    const value = map(row) as T & Stamped;
    value.version = row.version == null ? 1 : Number(row.version);
    value.updatedAt = optStr(row, "updatedAt");
    value.updatedBy = optStr(row, "updatedBy");
    value.archivedAt = optStr(row, "archivedAt");
    value.archivedBy = optStr(row, "archivedBy");
    value.archiveReason = optStr(row, "archiveReason");
    return value;
  };
  // A request that selects none of the stamp's fields gets objects without them: nothing reads them.
  const unstamped = { properties: Object.values(STAMP_FIELDS).flat(), map: map as (row: Row) => T };
  return entityType(typeName, "id", { ...STAMP_FIELDS, ...fields }, dates, stamped, unstamped);
}
