/**
 * What the service keeps of each distinct query text it has seen: its parsed and validated
 * document, and graphql-jit's compiled operation. Both are caches bounded by an estimate of the
 * memory they hold, least recently used dropped first: every distinct text costs memory, and a
 * client that writes its cursors into its query text sends a new text per page.
 *
 * The estimates are per byte of query text (a document) and per selected field (a compiled
 * operation), measured with `npm run bench:query-memory` (scripts/bench/query-memory.ts) and
 * recorded in BENCHMARKS.md ("Memory of distinct query texts"); the larger figures measured, so that a
 * cache holds no more than its bound.
 */
import { Kind, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";

/** Heap a parsed and validated document holds per byte of its query text (measured: 80 to 450). */
const DOCUMENT_BYTES_PER_TEXT_BYTE = 450;
/** Heap a compiled operation holds per field its document selects (measured: 0.5 to 7.9 KiB). */
const COMPILED_BYTES_PER_FIELD = 8 * 1024;

/** Both caches, sharing one memory budget (GRAPHQL_QUERY_CACHE_MB) half and half. */
export interface QueryCaches {
  documents: DocumentCache;
  compiled: CompiledCache;
}

export function createQueryCaches(schema: GraphQLSchema, maxBytes: number): QueryCaches {
  return { documents: new DocumentCache(maxBytes / 2), compiled: new CompiledCache(schema, maxBytes / 2) };
}

function fieldCount(document: DocumentNode): number {
  let fields = 0;
  visit(document, { [Kind.FIELD]: () => void fields++ });
  return Math.max(1, fields);
}

/** Parsed and validated documents by query text, bounded by the estimated heap they hold. */
export class DocumentCache {
  private readonly entries: LRUCache<string, DocumentNode>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (document) => Math.max(1, (document.loc?.end ?? 1000) * DOCUMENT_BYTES_PER_TEXT_BYTE),
    });
  }

  get(query: string): DocumentNode | undefined {
    return this.entries.get(query);
  }

  set(query: string, document: DocumentNode): void {
    this.entries.set(query, document);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}

interface CompiledEntry {
  /** Null when graphql-jit cannot compile the operation (graphql-js runs it). */
  compiled: CompiledQuery | null;
  bytes: number;
}

/** Compiled operations by query text and operation name, bounded by their estimated heap. */
export class CompiledCache {
  private readonly entries: LRUCache<string, CompiledEntry>;

  constructor(private readonly schema: GraphQLSchema, maxBytes: number) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });
  }

  get(query: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    const key = `${operationName ?? ""}\n${query}`;
    let entry = this.entries.get(key);
    if (!entry) {
      // compileQuery returns its own failures as errors; graphql-js then runs the operation and reports them.
      const result = compileQuery(this.schema, document, operationName);
      entry = { compiled: isCompiledQuery(result) ? result : null, bytes: fieldCount(document) * COMPILED_BYTES_PER_FIELD };
      this.entries.set(key, entry);
    }
    return entry.compiled;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}
