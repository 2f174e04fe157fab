// Evaluates the matcher on hand-labelled judgements (src/core/matching/eval/judgements.ts): for each
// position, its judged candidates are ranked by scorePair (excluded pairs last, ties by id), and the
// ranking is compared with the labels.
//
//   npm run eval:match [-- --verbose]
//
// NDCG@10 per position uses gains 2^relevance − 1 and the labels' ideal order; the overall figure is
// the mean over positions. Pairwise accuracy counts, over every pair of candidates judged for the
// same position with different labels, the share the scores order the same way (a tie counts half);
// it is also given over scored pairs only (neither excluded by a hard filter), since filtered pairs
// are judged 0 and rank last by construction.
// --verbose prints every pair with its score and label. The last line is a JSON summary.
import { parseArgs } from 'node:util';
import {
  EVAL_CANDIDATES,
  EVAL_NOW,
  EVAL_POSITIONS,
  JUDGEMENTS,
} from '../src/core/matching/eval/judgements.js';
import { scorePair } from '../src/core/matching/score.js';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

const candidates = new Map(EVAL_CANDIDATES.map((c) => [c.id, c]));
const positions = new Map(EVAL_POSITIONS.map((p) => [p.id, p]));

interface Row {
  candidateId: string;
  relevance: number;
  score: number;
  shown: string;
}

const groups = new Map<string, Row[]>();
for (const judgement of JUDGEMENTS) {
  const candidate = candidates.get(judgement.candidateId);
  const position = positions.get(judgement.positionId);
  if (candidate === undefined || position === undefined) {
    throw new Error(`Judgement names an unknown pair: ${judgement.positionId} / ${judgement.candidateId}`);
  }
  const result = scorePair(candidate, position, { now: EVAL_NOW, improvements: false });
  const row: Row = {
    candidateId: candidate.id,
    relevance: judgement.relevance,
    // Excluded pairs rank below every scored one.
    score: result.excluded === null ? result.rawScore : -1,
    shown: result.excluded === null ? result.score.toFixed(1) : `excluded (${result.excluded.code})`,
  };
  const rows = groups.get(position.id) ?? [];
  rows.push(row);
  groups.set(position.id, rows);
}

const gain = (relevance: number) => 2 ** relevance - 1;
function dcg(relevances: readonly number[], k: number): number {
  return relevances.slice(0, k).reduce((sum, rel, i) => sum + gain(rel) / Math.log2(i + 2), 0);
}

let ndcgSum = 0;
let pairs = 0;
let concordant = 0;
let scoredPairs = 0;
let scoredConcordant = 0;
for (const [positionId, rows] of groups) {
  const ranked = [...rows].sort(
    (a, b) =>
      b.score - a.score || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
  const ideal = dcg(
    rows.map((r) => r.relevance).sort((a, b) => b - a),
    10,
  );
  const ndcg =
    ideal === 0
      ? 1
      : dcg(
          ranked.map((r) => r.relevance),
          10,
        ) / ideal;
  ndcgSum += ndcg;
  let groupPairs = 0;
  let groupConcordant = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i] as Row;
      const b = rows[j] as Row;
      if (a.relevance === b.relevance) continue;
      groupPairs++;
      const agree = Math.sign(a.score - b.score) * Math.sign(a.relevance - b.relevance);
      const credit = agree > 0 ? 1 : agree === 0 ? 0.5 : 0;
      groupConcordant += credit;
      if (a.score >= 0 && b.score >= 0) {
        scoredPairs++;
        scoredConcordant += credit;
      }
    }
  }
  pairs += groupPairs;
  concordant += groupConcordant;
  const accuracy = groupPairs === 0 ? 1 : groupConcordant / groupPairs;
  console.log(
    `${positionId.padEnd(34)} n=${String(rows.length).padStart(2)}  NDCG@10 ${ndcg.toFixed(3)}  pairs ${accuracy.toFixed(3)}`,
  );
  if (values.verbose) {
    for (const row of ranked) console.log(`    ${row.relevance}  ${row.shown.padEnd(34)} ${row.candidateId}`);
  }
}

const ndcgAt10 = ndcgSum / groups.size;
const pairwiseAccuracy = pairs === 0 ? 1 : concordant / pairs;
const scoredAccuracy = scoredPairs === 0 ? 1 : scoredConcordant / scoredPairs;
const excluded = [...groups.values()].flat().filter((row) => row.score < 0).length;
console.log(
  `overall: ${JUDGEMENTS.length} judgements over ${groups.size} positions (${excluded} excluded by a hard filter); ` +
    `NDCG@10 ${ndcgAt10.toFixed(3)}, pairwise accuracy ${pairwiseAccuracy.toFixed(3)} (${pairs} pairs), ` +
    `among scored pairs ${scoredAccuracy.toFixed(3)} (${scoredPairs} pairs)`,
);
console.log(
  JSON.stringify({
    judgements: JUDGEMENTS.length,
    positions: groups.size,
    ndcg_at_10: Number(ndcgAt10.toFixed(4)),
    pairwise_accuracy: Number(pairwiseAccuracy.toFixed(4)),
    pairs,
    pairwise_accuracy_scored: Number(scoredAccuracy.toFixed(4)),
    scored_pairs: scoredPairs,
    excluded,
  }),
);
