// One shard of bench/match-shards.ts: half of the bench's candidates (by generator index parity) in
// an index of its own, answering ranking requests from the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { CandidateFilters } from '../src/core/matching/index/candidate-index.js';
import { CandidateIndex } from '../src/core/matching/index/candidate-index.js';
import type { MatchPosition } from '../src/core/matching/types.js';
import { AS_OF, benchCandidates } from './match-data.js';

const { count, shard, shards } = workerData as { count: number; shard: number; shards: number };
const index = new CandidateIndex();
index.reserve(Math.ceil(count / shards) + 1);
index.beginBulk();
let i = 0;
for (const candidate of benchCandidates(count)) {
  if (i++ % shards === shard) index.add(candidate);
}
index.finishBulk();
parentPort?.postMessage({ ready: index.size, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) });
parentPort?.on(
  'message',
  (request: { id: number; position: MatchPosition; filters: CandidateFilters; k: number }) => {
    const matches = index.topCandidates(request.position, {
      k: request.k,
      filters: request.filters,
      now: AS_OF,
    });
    parentPort?.postMessage({ id: request.id, matches });
  },
);
