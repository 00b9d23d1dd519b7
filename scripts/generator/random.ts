/**
 * Seeded randomness for the dataset generator. The bits come from pure-rand's xoroshiro128+;
 * everything here only shapes them (floats, integers, picks, normal deviates), so the same seed
 * always yields the same numbers on every platform and Node version.
 */
import { type RandomGenerator, xoroshiro128plus } from "pure-rand";

const TWO_POW_32 = 4294967296;

export class Random {
  private constructor(private readonly rng: RandomGenerator) {}

  /**
   * Stream number `stream` of `seed`. Each section of a dataset draws from its own stream, so
   * changing how many activities are generated does not change the projects or the reviews.
   * Streams are 2^64 draws apart (xoroshiro's jump), which also mixes the weak first states that
   * small seeds give.
   */
  static stream(seed: number, stream: number): Random {
    const rng = xoroshiro128plus(seed | 0);
    for (let i = 0; i <= stream; i++) rng.unsafeJump!();
    return new Random(rng);
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  float(): number {
    return (this.rng.unsafeNext() >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [0, n), for n up to 2^32. */
  below(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)];
  }

  /** Picks by weight from a short list: `[[value, weight], …]`. Linear, for a handful of options. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of options) total += w;
    let x = this.float() * total;
    for (const [value, w] of options) {
      if ((x -= w) < 0) return value;
    }
    return options[options.length - 1][0];
  }

  /** `k` distinct items of `list` (all of them when k >= length), in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = list.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.below(copy.length - i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(list: T[] | Int32Array): void {
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const t = list[i];
      list[i] = list[j];
      list[j] = t;
    }
  }

  /** Standard normal deviate (Box–Muller; one of the pair is discarded to keep the state simple). */
  normal(): number {
    const u = 1 - this.float(); // (0, 1]: log(0) would be -Infinity
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** Log-normal with the given median: amounts of money spread over orders of magnitude. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}
