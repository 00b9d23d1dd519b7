/**
 * Weighted choice in O(1) per draw (Walker's alias method, Vose's construction in O(n)), and the
 * Zipf weights that give the generated network its power-law degrees: the item of rank r is chosen
 * with probability proportional to 1 / r^s, so a few hubs take part in very many engagements and
 * most items in few. Building a table is linear and drawing is constant time, so generating n
 * engagements stays well within O(n log n) however large the network.
 */
import type { Random } from "./random";

export class AliasTable {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  /** `weights[i] >= 0`; at least one must be positive. */
  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i];
    if (!(total > 0)) throw new Error("AliasTable: no positive weight");
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = new Float64Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let ns = 0;
    let nl = 0;
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i] * n) / total;
      if (scaled[i] < 1) small[ns++] = i;
      else large[nl++] = i;
    }
    while (ns > 0 && nl > 0) {
      const s = small[--ns];
      const l = large[--nl];
      this.probability[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) small[ns++] = l;
      else large[nl++] = l;
    }
    // What is left is 1 up to rounding.
    while (nl > 0) this.probability[large[--nl]] = 1;
    while (ns > 0) this.probability[small[--ns]] = 1;
  }

  get size(): number {
    return this.probability.length;
  }

  /** An index in [0, size), with probability proportional to its weight. */
  draw(random: Random): number {
    const i = random.below(this.probability.length);
    return random.float() < this.probability[i] ? i : this.alias[i];
  }
}

/** The Zipf weight of rank `rank` (1 = the most prominent) for exponent `s`. */
export function zipfWeight(rank: number, s: number): number {
  return 1 / Math.pow(rank, s);
}

/**
 * Zipf weights for `n` items whose prominence order is a random permutation: item i gets the
 * weight of its rank, so hubs are spread over the id range instead of being the first ids.
 */
export function shuffledZipfWeights(n: number, s: number, random: Random): Float64Array {
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = i + 1;
  random.shuffle(ranks);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = zipfWeight(ranks[i], s);
  return weights;
}

/**
 * Draws from a subset of items (say, the foreign localities) in proportion to their global
 * weights, and answers with the item's global index.
 */
export class SubsetSampler {
  private readonly table: AliasTable | undefined;

  constructor(readonly members: Int32Array, weights: ArrayLike<number>) {
    const w = new Float64Array(members.length);
    for (let i = 0; i < members.length; i++) w[i] = weights[members[i]];
    this.table = members.length > 0 ? new AliasTable(w) : undefined;
  }

  get empty(): boolean {
    return this.table === undefined;
  }

  draw(random: Random): number {
    if (!this.table) throw new Error("SubsetSampler: empty subset");
    return this.members[this.table.draw(random)];
  }

  /**
   * Up to `k` distinct items (fewer only when the subset is that small or very concentrated):
   * rejection of repeats, with a bounded number of attempts so a tiny subset cannot loop forever.
   */
  drawDistinct(random: Random, k: number, into: number[] = []): number[] {
    let attempts = 0;
    const want = into.length + Math.min(k, this.members.length);
    while (into.length < want && attempts++ < 8 * k + 8) {
      const item = this.draw(random);
      if (!into.includes(item)) into.push(item);
    }
    return into;
  }
}
