/**
 * Betweenness centrality of the actor graph (docs/analytics.md, "The actor graph": brokers) on a compact
 * adjacency (CSR: typed arrays, no object per node), exact or estimated from a sample of sources
 * within a time budget. Pure computation: it runs in the ranking's worker thread (ranking.worker.ts).
 *
 * Brandes (2001): one breadth-first search per source s gives every actor v its dependency
 * δ_s(v) = Σ_t σ_st(v) / σ_st; betweenness over unordered pairs is ½ Σ_s δ_s(v).
 * Sampled (Brandes & Pich 2007; Bader et al. 2007): the same sum over k sources drawn uniformly
 * without replacement, scaled by n / k, is an unbiased estimate; its error is bounded per actor from
 * the k dependencies seen (see `errorBound`).
 */

/** An undirected graph as compressed adjacency lists: the neighbours of i are neighbours[offsets[i] .. offsets[i + 1]). */
export interface Csr {
  size: number;
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Builds the adjacency of `size` nodes from edges given as two parallel arrays of node indices (each edge once, no loops). */
export function csrFromEdges(size: number, from: Int32Array, to: Int32Array): Csr {
  const offsets = new Int32Array(size + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e] + 1]++;
    offsets[to[e] + 1]++;
  }
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, size);
  const neighbours = new Int32Array(offsets[size]);
  for (let e = 0; e < from.length; e++) {
    neighbours[fill[from[e]]++] = to[e];
    neighbours[fill[to[e]]++] = from[e];
  }
  return { size, offsets, neighbours };
}

/**
 * Builds the actor graph from what each actor takes part in: the engagements of actor i are
 * `engagements[engagementOffsets[i] .. engagementOffsets[i + 1])`, as indices 0..engagementCount-1.
 * Two actors are adjacent when an engagement holds both; an adjacency shared by several engagements
 * counts once (the spec's actor graph). Cost: Σ over engagements of (actors in it)², once per version.
 */
export function csrFromEngagements(size: number, engagementOffsets: Int32Array, engagements: Int32Array, engagementCount: number): Csr {
  // The actors of every engagement (the transpose), to reach an actor's neighbours through them.
  const memberOffsets = new Int32Array(engagementCount + 1);
  for (let m = 0; m < engagements.length; m++) memberOffsets[engagements[m] + 1]++;
  for (let e = 0; e < engagementCount; e++) memberOffsets[e + 1] += memberOffsets[e];
  const fill = memberOffsets.slice(0, engagementCount);
  const members = new Int32Array(engagements.length);
  for (let v = 0; v < size; v++) {
    for (let j = engagementOffsets[v]; j < engagementOffsets[v + 1]; j++) members[fill[engagements[j]]++] = v;
  }
  // Each actor's distinct neighbours; `seen[w] === v + 1` marks w as already listed for v.
  const seen = new Int32Array(size);
  const offsets = new Int32Array(size + 1);
  let neighbours = new Int32Array(Math.max(16, engagements.length * 2));
  let n = 0;
  for (let v = 0; v < size; v++) {
    seen[v] = v + 1;
    for (let j = engagementOffsets[v]; j < engagementOffsets[v + 1]; j++) {
      const e = engagements[j];
      for (let m = memberOffsets[e]; m < memberOffsets[e + 1]; m++) {
        const w = members[m];
        if (seen[w] === v + 1) continue;
        seen[w] = v + 1;
        if (n === neighbours.length) {
          const grown = new Int32Array(neighbours.length * 2);
          grown.set(neighbours);
          neighbours = grown;
        }
        neighbours[n++] = w;
      }
    }
    offsets[v + 1] = n;
  }
  return { size, offsets, neighbours: neighbours.slice(0, n) };
}

/** Reusable working memory of the breadth-first searches (one allocation per ranking, not per source). */
class Scratch {
  readonly distance: Int32Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly order: Int32Array;

  constructor(size: number) {
    this.distance = new Int32Array(size).fill(-1);
    // Path counts grow exponentially with the graph's diameter: a float never wraps (a 32-bit integer would).
    this.sigma = new Float64Array(size);
    this.delta = new Float64Array(size);
    this.order = new Int32Array(size);
  }
}

/**
 * One source's breadth-first search and dependency accumulation: calls `add(v, δ_s(v))` for every
 * actor v ≠ s the source reaches with a non-zero dependency. Returns how many actors it reached.
 */
function accumulate(graph: Csr, source: number, scratch: Scratch, add: (v: number, dependency: number) => void): number {
  const { offsets, neighbours } = graph;
  const { distance, sigma, delta, order } = scratch;
  let head = 0;
  let tail = 0;
  order[tail++] = source;
  distance[source] = 0;
  sigma[source] = 1;
  while (head < tail) {
    const v = order[head++];
    const next = distance[v] + 1;
    const sigmaV = sigma[v];
    for (let j = offsets[v]; j < offsets[v + 1]; j++) {
      const w = neighbours[j];
      if (distance[w] < 0) {
        distance[w] = next;
        order[tail++] = w;
      }
      if (distance[w] === next) sigma[w] += sigmaV;
    }
  }
  // Back from the farthest: v's dependency collects (σ_v / σ_w)(1 + δ_w) from each w one step farther.
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i];
    const coefficient = (1 + delta[w]) / sigma[w];
    const previous = distance[w] - 1;
    for (let j = offsets[w]; j < offsets[w + 1]; j++) {
      const v = neighbours[j];
      if (distance[v] === previous) delta[v] += sigma[v] * coefficient;
    }
    if (delta[w] !== 0) add(w, delta[w]);
  }
  // Only what this search touched is reset: a source in a small component costs its component only.
  for (let i = 0; i < tail; i++) {
    const v = order[i];
    distance[v] = -1;
    sigma[v] = 0;
    delta[v] = 0;
  }
  return tail; // the size of the source's connected component: the search reached all of it
}

/** A deterministic permutation of 0..size-1 (xorshift32 Fisher–Yates): the same graph gets the same sources in the same order. */
export function sourceOrder(size: number, seed = 0x9e3779b9): Int32Array {
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  let state = seed >>> 0 || 1;
  for (let i = size - 1; i > 0; i--) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/** Confidence of the stated error bound of an estimate (per actor). */
export const ESTIMATE_CONFIDENCE = 0.95;

export interface BetweennessResult {
  /** Betweenness of every node (index order): exact, or the sampled estimate. */
  values: Float64Array;
  /** Per node, the half-width of the interval around the estimate that holds the exact value with probability ≥ ESTIMATE_CONFIDENCE; null when exact. */
  errorBounds: Float64Array | null;
  /** Sources searched: `size` when exact. */
  pivots: number;
  exact: boolean;
  milliseconds: number;
}

export interface BetweennessOptions {
  /** Time the whole computation may take, in ms: exact when it is predicted to fit, else as many sampled sources as fit. */
  budgetMs: number;
  /** Clock (ms); a test may pass its own. */
  now?: () => number;
  /** Asked before each search: true stops the computation with `RankingStopped` (a newer graph is waiting). */
  stopped?: () => boolean;
}

/** Thrown by `betweenness` when `stopped` said so. */
export class RankingStopped extends Error {
  constructor() {
    super("The betweenness computation was stopped");
  }
}

/** Sources searched before predicting the exact computation's time: enough to smooth one small component's luck. */
const CALIBRATION_SOURCES = 32;
/** The first sources run before the searches are compiled: their pace would overstate the rest's. */
const WARM_UP = 8;
/** The exact computation is chosen only when predicted to take at most this share of the budget (the machine is shared and noisy). */
const EXACT_MARGIN = 0.7;

/**
 * Betweenness of every node within a time budget. Sources are searched in a fixed pseudo-random
 * order; after the first CALIBRATION_SOURCES (or 5 % of the budget), the time per source predicts the
 * exact computation: when it fits the budget every source is searched (exact), otherwise sources are
 * searched until the budget is spent and the sums are scaled to an estimate. Small graphs (every
 * test, every province's network) are therefore always exact.
 */
export function betweenness(graph: Csr, options: BetweennessOptions): BetweennessResult {
  const now = options.now ?? (() => performance.now());
  const stopped = options.stopped ?? (() => false);
  const started = now();
  const size = graph.size;
  const sources = sourceOrder(size);
  const scratch = new Scratch(size);
  const sum = new Float64Array(size);
  const sumSquares = new Float64Array(size);
  const add = (v: number, dependency: number) => {
    sum[v] += dependency;
    sumSquares[v] += dependency * dependency;
    touched[touchedCount++] = v;
  };
  // The size of the component of every actor some search gave a dependency (the search's reach):
  // what bounds its dependencies, for the estimate's error bound, without a pass over the graph.
  const componentOf = new Int32Array(size);
  const touched = new Int32Array(size);
  let touchedCount = 0;
  const search = (source: number) => {
    touchedCount = 0;
    const reached = accumulate(graph, source, scratch, add);
    for (let i = 0; i < touchedCount; i++) componentOf[touched[i]] = reached;
  };

  let searched = 0;
  let exact = true;
  let decided = false;
  let warm = started; // when the first WARM_UP sources were done: compiled code's pace is measured after them
  const deadline = started + options.budgetMs;
  while (searched < size) {
    if (stopped()) throw new RankingStopped();
    search(sources[searched++]);
    if (decided) continue;
    const elapsed = now() - started;
    if (searched === WARM_UP) warm = now();
    if (searched === CALIBRATION_SOURCES || elapsed > options.budgetMs * 0.05) {
      decided = true;
      const perSource = searched > WARM_UP ? (now() - warm) / (searched - WARM_UP) : elapsed / searched;
      exact = elapsed + perSource * (size - searched) <= options.budgetMs * EXACT_MARGIN;
      if (!exact) break;
    }
  }
  if (!exact) {
    // Sampled: search while the next source is predicted to end within the budget (the calibration's
    // sources are part of the sample). On a national network one search takes 0.1-1.5 s: started
    // just before the deadline, it would overrun the budget by that much.
    for (let at = now(); searched < size && at + (at - started) / searched <= deadline; at = now()) {
      if (stopped()) throw new RankingStopped();
      search(sources[searched++]);
    }
    exact = searched === size;
  }

  const values = new Float64Array(size);
  if (exact) {
    // Every pair was counted from both of its ends.
    for (let v = 0; v < size; v++) values[v] = sum[v] / 2;
    return { values, errorBounds: null, pivots: size, exact: true, milliseconds: now() - started };
  }
  const errorBounds = new Float64Array(size);
  for (let v = 0; v < size; v++) {
    values[v] = (size / searched) * (sum[v] / 2);
    // Its component's size bounds an actor's dependencies (see errorBound); for an actor no search
    // gave a dependency, the whole graph's size does (looser, as true).
    const component = componentOf[v] > 0 ? componentOf[v] : size;
    errorBounds[v] = (size / 2) * errorBound(sum[v], sumSquares[v], searched, Math.max(0, component - 2));
  }
  return { values, errorBounds, pivots: searched, exact: false, milliseconds: now() - started };
}

/**
 * Half-width ε of the interval around the mean of k dependencies δ_s(v) (sources drawn uniformly
 * without replacement, each δ in [0, range]) that holds the population mean with probability
 * ≥ ESTIMATE_CONFIDENCE: the smaller of Hoeffding's bound and the empirical Bernstein bound
 * (Maurer & Pontil 2009), each at half the risk so that taking the smaller keeps the confidence.
 * Both hold for sampling without replacement (Hoeffding 1963, §6; Bardenet & Maillard 2015).
 */
export function errorBound(sum: number, sumSquares: number, k: number, range: number): number {
  if (range === 0) return 0;
  const risk = (1 - ESTIMATE_CONFIDENCE) / 2;
  const log = Math.log(2 / risk);
  const hoeffding = range * Math.sqrt(log / (2 * k));
  if (k < 2) return hoeffding;
  const mean = sum / k;
  const variance = Math.max(0, (sumSquares - k * mean * mean) / (k - 1));
  const bernstein = Math.sqrt((2 * variance * log) / k) + (7 * range * log) / (3 * (k - 1));
  return Math.min(hoeffding, bernstein);
}
