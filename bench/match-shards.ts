// A measurement of one design option for the candidate index, not the product: the candidates split
// between two worker threads, each with its own index, a query asked of both and the two exact
// top-k merged (score, then id), so one query uses both cores. The same query mix as bench:match.
// Measured on the 2-core machine CI runs on (2026-11-26): at 1M, p50 11.96 / p95 29.85 ms against
// 12.4 / 33.2 for one index in one thread, and worse at 100k (5.2 / 14.3 against 3.2 / 7.1): the
// query is bound by memory, which the halves share, so the index stays in one thread.
//   node --max-old-space-size=3072 --import tsx bench/match-shards.ts --candidates N [--shards 2]
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { ScoredMatch } from '../src/core/matching/result.js';
import { LEVELS } from '../src/core/matching/vocabulary.js';
import { benchPositions, percentile, picker, round } from './match-data.js';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    shards: { type: 'string', default: '2' },
    queries: { type: 'string', default: '200' },
  },
});
const count = Number(values.candidates);
const shards = Number(values.shards);
const started = performance.now();
const workers = Array.from(
  { length: shards },
  (_, shard) =>
    // A worker does not inherit the tsx loader: it registers it, then imports the TypeScript shard.
    new Worker(
      `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./match-shard-worker.ts', import.meta.url).href)});`,
      { eval: true, workerData: { count, shard, shards }, resourceLimits: { maxOldGenerationSizeMb: 3072 } },
    ),
);
const ready = await Promise.all(
  workers.map((w) => new Promise<{ ready: number; rssMb: number }>((resolve) => w.once('message', resolve))),
);
console.log(
  `${shards} shards of ${ready.map((r) => r.ready).join(' + ')} candidates built in ${Math.round(performance.now() - started)} ms (generation included); worker RSS ${ready.map((r) => r.rssMb).join(' + ')} MB (one process)`,
);

let next = 0;
const pending = new Map<number, (matches: ScoredMatch[]) => void>();
for (const w of workers) {
  w.on('message', (reply: { id: number; matches: ScoredMatch[] }) => pending.get(reply.id)?.(reply.matches));
}
function ask(w: Worker, body: object): Promise<ScoredMatch[]> {
  const id = next++;
  return new Promise((resolve) => {
    pending.set(id, (matches) => {
      pending.delete(id);
      resolve(matches);
    });
    w.postMessage({ id, ...body });
  });
}

const positions = benchPositions(2000).map((p) => ({ ...p, live: true }));
const pick = picker(2026);
const times: number[] = [];
for (let q = -10; q < Number(values.queries); q++) {
  const position = positions[pick(positions.length)];
  if (!position) continue;
  const rank = LEVELS.indexOf(position.level);
  const levels = LEVELS.filter((_, i) => Math.abs(i - rank) <= 1);
  const filters = pick(2) === 0 ? { levels } : {};
  const t = performance.now();
  const parts = await Promise.all(workers.map((w) => ask(w, { position, filters, k: 20 })));
  const merged = parts
    .flat()
    .sort((a, b) => b.rawScore - a.rawScore || (a.candidateId < b.candidateId ? -1 : 1))
    .slice(0, 20);
  if (q >= 0) times.push(performance.now() - t);
  if (merged.length === 0 && q === 0) console.log('no matches for the first query');
}
console.log(
  `candidates for a position across ${shards} shards (top 20, explained, merged): p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms`,
);
await Promise.all(workers.map((w) => w.terminate()));
