// Top-k selection with a binary min-heap of the k best so far (the worst of them at the root), so a
// ranking costs O(n log k) and never sorts everything. Order: higher score first, ties by id.

/** The k best (score, ref) pairs seen, where ref is a slot and idOf(ref) breaks ties. */
export class TopK {
  private readonly scores: Float64Array;
  private readonly refs: Int32Array;
  private count = 0;

  constructor(
    private readonly capacity: number,
    private readonly idOf: (ref: number) => string,
  ) {
    this.scores = new Float64Array(Math.max(1, capacity));
    this.refs = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  /** The score a newcomer must reach (ties then go by id); -Infinity until the heap is full. */
  threshold(): number {
    return this.full ? (this.scores[0] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  }

  /** Offers a pair; kept if the heap has room or it beats the worst kept. */
  offer(score: number, ref: number): void {
    if (this.capacity <= 0) return;
    if (this.count < this.capacity) {
      this.scores[this.count] = score;
      this.refs[this.count] = ref;
      this.count++;
      this.siftUp(this.count - 1);
      return;
    }
    if (!this.better(score, ref, this.scores[0] ?? 0, this.refs[0] ?? 0)) return;
    this.scores[0] = score;
    this.refs[0] = ref;
    this.siftDown(0);
  }

  /** Every kept pair, best first; empties the heap. */
  drain(): Array<{ ref: number; score: number }> {
    const out: Array<{ ref: number; score: number }> = [];
    while (this.count > 0) {
      out.push({ ref: this.refs[0] ?? 0, score: this.scores[0] ?? 0 });
      this.count--;
      this.scores[0] = this.scores[this.count] ?? 0;
      this.refs[0] = this.refs[this.count] ?? 0;
      this.siftDown(0);
    }
    return out.reverse();
  }

  private better(score: number, ref: number, otherScore: number, otherRef: number): boolean {
    if (score !== otherScore) return score > otherScore;
    return this.idOf(ref) < this.idOf(otherRef);
  }

  private siftUp(at: number): void {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (
        !this.better(this.scores[parent] ?? 0, this.refs[parent] ?? 0, this.scores[i] ?? 0, this.refs[i] ?? 0)
      )
        break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(at: number): void {
    let i = at;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) return;
      const right = left + 1;
      let worst = left;
      if (
        right < this.count &&
        this.better(
          this.scores[left] ?? 0,
          this.refs[left] ?? 0,
          this.scores[right] ?? 0,
          this.refs[right] ?? 0,
        )
      ) {
        worst = right;
      }
      if (
        !this.better(this.scores[i] ?? 0, this.refs[i] ?? 0, this.scores[worst] ?? 0, this.refs[worst] ?? 0)
      )
        return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a] ?? 0;
    const ref = this.refs[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.refs[a] = this.refs[b] ?? 0;
    this.scores[b] = score;
    this.refs[b] = ref;
  }
}
