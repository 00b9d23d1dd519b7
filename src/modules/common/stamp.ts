/**
 * What every record carries beside its own values (docs/writes.md, "Versions" and "Archive"): its
 * version, who changed it last and when, and, for an archived record (readable by id by an ADMIN
 * only), when, by whom and why it was archived.
 */
import { Field, Int } from "type-graphql";
import type { Plain } from "../../db/mapping";
import { type EntityType, type FieldRead, computed, entityType } from "../../graphql/read/entity";
import { optText } from "./row";

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

/** The stamp's fields: each reads the stored property of its name (see graphql/read/entity.ts). */
const STAMP_FIELDS: Record<keyof Stamped, FieldRead> = {
  version: computed("version", (version: Plain) => (version == null ? 1 : Number(version))),
  updatedAt: computed("updatedAt", optText),
  updatedBy: computed("updatedBy", optText),
  archivedAt: computed("archivedAt", optText),
  archivedBy: computed("archivedBy", optText),
  archiveReason: computed("archiveReason", optText),
};

/**
 * A record type's EntityType (graphql/read/entity.ts), keyed by `id`: its own fields and the stamp's.
 * Like any field, a stamp value is built only for the requests that read it.
 */
export function recordType<T>(typeName: string, fields: Record<string, FieldRead>, dates: readonly string[], options: { named?: boolean } = {}): EntityType<T> {
  return entityType<T>(typeName, "id", { ...STAMP_FIELDS, ...fields }, dates, options);
}
