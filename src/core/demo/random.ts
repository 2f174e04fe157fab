// Seeded randomness for the demo data. Not for secrets: sfc32 is fast and statistically good,
// but predictable by design, which is exactly what reproducible demo data needs.

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: a cheap avalanche step for hashing small integers together. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units; kinds are short ASCII words. */
function hashKind(kind: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) {
    h = Math.imul(h ^ kind.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

const kindHashes = new Map<string, number>();

function kindHash(kind: string): number {
  let h = kindHashes.get(kind);
  if (h === undefined) {
    h = hashKind(kind);
    kindHashes.set(kind, h);
  }
  return h;
}

/** A list of items with weights, prepared once so that each draw is a short scan. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Prepares a weighted table; zero weights are allowed, negative ones and empty tables are not. */
export function weightedTable<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  const items: T[] = [];
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([item, weight], i) => {
    if (!(weight >= 0)) throw new RangeError(`Weight must be >= 0, got ${weight}`);
    total += weight;
    items.push(item);
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('A weighted table needs a positive total weight');
  return { items, cumulative, total };
}

/** sfc32 generator with the small helpers the demo generators need. */
export class Rng {
  // An Int32Array rather than four fields: V8 keeps 32-bit values unboxed there, while object
  // fields holding values beyond the 31-bit small-integer range go through heap numbers.
  private readonly s: Int32Array;

  constructor(a: number, b: number, c: number, d: number) {
    this.s = new Int32Array(4);
    this.reset(a, b, c, d);
  }

  /** Restarts the generator from a new state, so a hot loop can reuse one instance. */
  reset(a: number, b: number, c: number, d: number): this {
    const s = this.s;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    // sfc32's authors discard the first outputs so that similar seeds diverge; ours are already
    // hashed, so a short warm-up suffices.
    for (let i = 0; i < 8; i++) this.uint32();
    return this;
  }

  /** Next 32-bit unsigned integer. */
  uint32(): number {
    const s = this.s;
    const a = s[0] ?? 0;
    const b = s[1] ?? 0;
    const c = s[2] ?? 0;
    const d = ((s[3] ?? 0) + 1) | 0;
    const t = (((a + b) | 0) + d) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    s[3] = d;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.uint32() / TWO_POW_32;
  }

  /** Uniform float in [min, max). */
  between(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Uniform choice from a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  }

  /** Weighted choice from a prepared table. */
  weighted<T>(table: WeightedTable<T>): T {
    const target = this.float() * table.total;
    const cumulative = table.cumulative;
    // Tables are small (tens of entries), so a linear scan beats a binary search.
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] ?? 0) <= target) i++;
    const item = table.items[i];
    if (item === undefined) throw new RangeError('Empty weighted table');
    return item;
  }

  /** Shuffles the list in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** k distinct items in random order (partial Fisher-Yates on a copy); k is capped at the list length. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    copy.length = n;
    return copy;
  }

  /**
   * Bell-shaped value: Irwin-Hall, the sum of four uniforms, rescaled. The four uniforms are the
   * bytes of one 32-bit draw (plenty of resolution for demo data, a quarter of the cost), and the
   * result is bounded to mean ± 3.46 sd, so values never land absurdly far out.
   */
  normal(mean: number, sd: number): number {
    const x = this.uint32();
    const sum = (x & 0xff) + ((x >>> 8) & 0xff) + ((x >>> 16) & 0xff) + (x >>> 24) + 2;
    // Each byte + 0.5 is uniform on (0, 256); the sum of four has mean 512 and sd 256 / sqrt(3).
    return mean + ((sum - 512) / 147.80166891254422) * sd;
  }
}

function checkInteger(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a safe integer >= ${min}, got ${value}`);
  }
}

/**
 * The independent stream for one entity: a pure function of (seed, kind, index), so entity #i is
 * the same whether it is generated alone, first, or after a million others, in any process.
 * Passing `into` reseeds that instance instead of allocating one.
 */
export function rngFor(seed: number, kind: string, index: number, into?: Rng): Rng {
  checkInteger('seed', seed, Number.MIN_SAFE_INTEGER);
  checkInteger('index', index, 0);
  const seedLo = seed | 0;
  const seedHi = Math.floor(seed / TWO_POW_32) | 0;
  const indexLo = index | 0;
  const indexHi = Math.floor(index / TWO_POW_32) | 0;
  const k = kindHash(kind);
  // Two chains with different starting constants give 64 bits of key, so a million streams
  // do not collide the way 32-bit keys would (birthday bound ~ 2^16).
  let h1 = mix32(0x9e3779b9 ^ seedLo);
  let h2 = mix32(0x7f4a7c15 ^ seedLo);
  h1 = mix32(h1 ^ seedHi);
  h2 = mix32((h2 + 0x632be5ab) ^ seedHi);
  h1 = mix32(h1 ^ k);
  h2 = mix32((h2 + 0x85ebca6b) ^ k);
  h1 = mix32(h1 ^ indexLo);
  h2 = mix32((h2 + 0xc2b2ae35) ^ indexLo);
  h1 = mix32(h1 ^ indexHi);
  h2 = mix32((h2 + 0x27d4eb2f) ^ indexHi);
  const h3 = mix32(h1 ^ h2 ^ 0x165667b1);
  return into === undefined ? new Rng(h1, h2, h3, 1) : into.reset(h1, h2, h3, 1);
}

/** Rounds to one decimal, the precision used for years. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Rounds to the nearest multiple of step. */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Clamps value into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Zero-padded six-digit key part: 'c-000123'; longer indexes simply grow, so keys stay unique. */
export function entityKey(prefix: string, index: number): string {
  return `${prefix}-${String(index).padStart(6, '0')}`;
}
