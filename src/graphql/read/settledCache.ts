/**
 * The cache map each of the engine's DataLoaders keeps its values in (DataLoader's `cacheMap`
 * option): DataLoader's own cache, which also tells the value of a promise that has settled.
 *
 * Why: graphql-js and graphql-jit complete a field whose resolver returns a value much faster than
 * one that returns a promise, and a large page has thousands of relation fields whose rows a nested
 * read has already put here. A resolver asks `isSettled(key)` first and calls `load(key)` only when
 * there is no value yet.
 */
export class SettledCache<V> {
  private readonly promises = new Map<string, Promise<V>>();
  private readonly values = new Map<string, V>();

  /** DataLoader asks for a key's promise; a primed value gets its promise only now (most never do). */
  get(key: string): Promise<V> | void {
    const promise = this.promises.get(key);
    if (promise || !this.values.has(key)) return promise;
    const made = Promise.resolve(this.values.get(key) as V);
    this.promises.set(key, made);
    return made;
  }

  /** DataLoader stores the promise of a key it loads; its value is noted once it resolves. */
  set(key: string, promise: Promise<V>): void {
    this.promises.set(key, promise);
    promise.then(
      (value) => {
        if (this.promises.get(key) === promise) this.values.set(key, value);
      },
      () => {},
    );
  }

  delete(key: string): void {
    this.promises.delete(key);
    this.values.delete(key);
  }

  clear(): void {
    this.promises.clear();
    this.values.clear();
  }

  /**
   * Stores a value read elsewhere (by a nested read), unless the key already has one, as DataLoader's
   * `prime` does. Without a promise: a page primes thousands of keys, and their resolvers read the
   * value (`isSettled`, `value`), never the promise.
   */
  prime(key: string, value: V): void {
    if (this.promises.has(key) || this.values.has(key)) return;
    this.values.set(key, value);
  }

  /** Whether the key's value is known now (not loading, not unknown). */
  isSettled(key: string): boolean {
    return this.values.has(key);
  }

  /** The key's value, once `isSettled(key)`. */
  value(key: string): V {
    return this.values.get(key) as V;
  }
}
