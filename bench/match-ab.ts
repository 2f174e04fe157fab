// A/B of two versions of the candidate index in one process (a tool for tuning it, not a figure of
// the product): each tree's CandidateIndex is built over the same generated candidates, and every
// query runs on both, alternating which goes first, each timed `--repeat` times keeping the fastest.
// On a shared 2-core machine whose speed drifts by a third between minutes, separate runs of the
// profile bench cannot tell a 10% change from noise; interleaved in one process they can.
//   git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   node --max-old-space-size=6000 --import tsx bench/match-ab.ts --a /tmp/base --b "$PWD" \
//     [--candidates 1000000] [--queries 200] [--repeat 3] [--first]
// --first times each query on a fresh copy of its position, so that compiling it and planning its
// reading are timed too, as in bench:match, where most positions are asked about once.
import { parseArgs } from 'node:util';
import type { CandidateIndex } from '../src/core/matching/index/candidate-index.js';
import { LEVELS } from '../src/core/matching/vocabulary.js';
import { AS_OF, benchCandidates, benchPositions, percentile, picker, round } from './match-data.js';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    candidates: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '200' },
    repeat: { type: 'string', default: '3' },
    first: { type: 'boolean', default: false },
  },
});
if (values.a === undefined || values.b === undefined) throw new Error('--a and --b name two source trees');

/** The CandidateIndex class of a source tree (its own module graph). */
async function indexClass(root: string): Promise<typeof CandidateIndex> {
  const module = await import(`${root}/src/core/matching/index/candidate-index.ts`);
  return module.CandidateIndex;
}

const count = Number(values.candidates);
const indexes = [new (await indexClass(values.a))(), new (await indexClass(values.b))()];
for (const index of indexes) {
  index.reserve(count);
  index.beginBulk();
}
for (const candidate of benchCandidates(count)) for (const index of indexes) index.add(candidate);
for (const index of indexes) index.finishBulk();

const positions = benchPositions(2000).map((p) => ({ ...p, live: true }));
const pick = picker(2026);
const times: [number[], number[]] = [[], []];
const repeat = Math.max(1, Number(values.repeat));
for (let i = 0; i < 10 + Number(values.queries); i++) {
  const position = positions[pick(positions.length)];
  if (position === undefined) continue;
  const rank = LEVELS.indexOf(position.level);
  const levels = LEVELS.filter((_, j) => Math.abs(j - rank) <= 1);
  const options = { k: 20, filters: pick(2) === 0 ? { levels } : {}, now: AS_OF };
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let r = 0; r < repeat; r++) {
    for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const asked = values.first ? { ...position } : position;
      const started = performance.now();
      indexes[side]?.topCandidates(asked, options);
      best[side] = Math.min(best[side] as number, performance.now() - started);
    }
  }
  // The first ten warm both up.
  if (i < 10) continue;
  times[0].push(best[0] as number);
  times[1].push(best[1] as number);
}
const ratios = times[1].map((b, i) => b / (times[0][i] as number));
const line = (name: string, ms: number[]) =>
  `${name} p50 ${round(percentile(ms, 50))} ms, p95 ${round(percentile(ms, 95))} ms`;
console.log(`${line('A', times[0])} | ${line('B', times[1])}`);
console.log(
  `B/A per query: median ${round(percentile(ratios, 50))}, mean ${round(ratios.reduce((s, x) => s + x, 0) / ratios.length)}`,
);
