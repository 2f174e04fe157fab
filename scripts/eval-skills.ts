// Evaluates the skill normaliser on SkillSpan (Zhang et al., NAACL 2022), a CoNLL file of job-post
// sentences with BIO tags in two columns: skills (abilities) and knowledge (tools, technologies,
// fields). Tech tools are mostly knowledge, so the normaliser's spans are scored against KNOWLEDGE.
//
//   npm run eval:skills -- [--file F.conll] [--errors N] [--sample N]
//
// --errors N lists the N commonest unannotated detections and missed spans (for tuning on train);
// --sample N prints N detections picked with a fixed seed, each with its context and whether it
// lands on a knowledge span (K), a skill span (S) or nothing (-), for checking precision by hand.
//
// Span matching. Tokens are joined with single spaces into the sentence text the normaliser reads;
// each detected span maps to the tokens it touches.
//   strict  — a detected span counts only if its token range equals an annotated knowledge span;
//             an annotated span is recalled only by such an exact match. These are the headline
//             precision, recall and F1.
//   overlap — a detected span counts if it shares a token with an annotated knowledge span; an
//             annotated span is recalled if any detected span shares a token with it.
//   coverage — the share of annotated knowledge spans that normaliseSkillName maps to any skill.
// A punctuation-only token at the edge of an annotated span ('AWS )') is trimmed first.
// Which detections are scored. SkillSpan's knowledge column holds tools, technologies and fields;
// soft skills (communication, mentoring, teamwork) go in its skill column. The taxonomy keeps those
// in the 'professional' category, so the headline scores the technical detections against
// knowledge, professional detections are scored against the skill column on a line of their own,
// and the 'allDetections' figures score every detection against knowledge, for comparison.
// The last line printed is a JSON summary for machines.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractSkills } from '../src/core/skills/extract-skills.js';
import { normaliseSkillName } from '../src/core/skills/normalise-skill-name.js';
import { getSkill } from '../src/core/skills/taxonomy.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultFile = join(
  projectRoot,
  '..',
  'shared',
  'data',
  'skill-extraction',
  'skillspan',
  'data',
  'skillspan_tech_dev.conll',
);

/** A token range [first, last], inclusive. */
interface TokenRange {
  readonly first: number;
  readonly last: number;
}

interface Sentence {
  readonly tokens: readonly string[];
  readonly knowledge: readonly TokenRange[];
  readonly skills: readonly TokenRange[];
}

function bioSpans(tags: readonly string[]): TokenRange[] {
  const spans: TokenRange[] = [];
  let first = -1;
  tags.forEach((tag, i) => {
    // An I- without a preceding B- starts a span too, as the conlleval convention has it.
    if (tag.startsWith('B') || (tag.startsWith('I') && first === -1)) {
      if (first !== -1) spans.push({ first, last: i - 1 });
      first = i;
    } else if (!tag.startsWith('I') && first !== -1) {
      spans.push({ first, last: i - 1 });
      first = -1;
    }
  });
  if (first !== -1) spans.push({ first, last: tags.length - 1 });
  return spans;
}

// Annotators sometimes take a bracket or full stop into a span ('AWS )', 'Kafka )'); a token of
// punctuation alone at either end of an annotated span is left out before comparing.
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;

function trimPunctuation(tokens: readonly string[], spans: readonly TokenRange[]): TokenRange[] {
  return spans.flatMap(({ first, last }) => {
    let a = first;
    let b = last;
    while (a <= b && PUNCTUATION_ONLY.test(tokens[a] ?? '')) a++;
    while (b >= a && PUNCTUATION_ONLY.test(tokens[b] ?? '')) b--;
    return a <= b ? [{ first: a, last: b }] : [];
  });
}

function readConll(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const tokens = rows.map((row) => row[0] ?? '');
    sentences.push({
      tokens,
      skills: trimPunctuation(tokens, bioSpans(rows.map((row) => row[1] ?? 'O'))),
      knowledge: trimPunctuation(tokens, bioSpans(rows.map((row) => row[2] ?? 'O'))),
    });
    rows = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') flush();
    else rows.push(line.split('\t'));
  }
  flush();
  return sentences;
}

interface Layout {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

function layOut(tokens: readonly string[]): Layout {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    ends.push(offset + token.length);
    offset += token.length + 1;
  }
  return { text: tokens.join(' '), starts, ends };
}

function toTokenRange(layout: Layout, start: number, end: number): TokenRange | null {
  const first = layout.ends.findIndex((tokenEnd) => tokenEnd > start);
  let last = -1;
  layout.starts.forEach((tokenStart, i) => {
    if (tokenStart < end) last = i;
  });
  return first === -1 || last < first ? null : { first, last };
}

const same = (a: TokenRange, b: TokenRange) => a.first === b.first && a.last === b.last;
const overlaps = (a: TokenRange, b: TokenRange) => a.first <= b.last && b.first <= a.last;

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0
    ? 0
    : Math.round(((2 * precision * recall) / (precision + recall)) * 10000) / 10000;
}

/** Counts for one way of scoring detections against one set of annotated spans. */
class Tally {
  detected = 0;
  annotated = 0;
  strictHits = 0;
  strictRecalled = 0;
  overlapHits = 0;
  overlapRecalled = 0;
  readonly unannotated = new Map<string, number>();
  readonly missed = new Map<string, number>();

  add(sentence: Sentence, gold: readonly TokenRange[], detected: readonly Detection[]): void {
    this.detected += detected.length;
    this.annotated += gold.length;
    for (const { range, text } of detected) {
      if (gold.some((span) => same(span, range))) this.strictHits++;
      if (gold.some((span) => overlaps(span, range))) this.overlapHits++;
      else this.unannotated.set(text, (this.unannotated.get(text) ?? 0) + 1);
    }
    for (const span of gold) {
      if (detected.some(({ range }) => same(range, span))) this.strictRecalled++;
      if (detected.some(({ range }) => overlaps(range, span))) this.overlapRecalled++;
      else {
        const text = sentence.tokens.slice(span.first, span.last + 1).join(' ');
        this.missed.set(text, (this.missed.get(text) ?? 0) + 1);
      }
    }
  }

  get strict() {
    const precision = ratio(this.strictHits, this.detected);
    const recall = ratio(this.strictRecalled, this.annotated);
    return { precision, recall, f1: f1(precision, recall) };
  }

  get overlap() {
    const precision = ratio(this.overlapHits, this.detected);
    const recall = ratio(this.overlapRecalled, this.annotated);
    return { precision, recall, f1: f1(precision, recall) };
  }
}

interface Detection {
  readonly range: TokenRange;
  readonly text: string;
  readonly skillId: string;
  readonly professional: boolean;
}

// Several mentions inside one SkillSpan token ('Postgres/Snowflake/Redshift)') map to the same
// token range; they are scored once.
function detect(sentence: Sentence): Detection[] {
  const layout = layOut(sentence.tokens);
  const seen = new Set<string>();
  return extractSkills(layout.text).flatMap((mention) => {
    const range = toTokenRange(layout, mention.span.start, mention.span.end);
    if (range === null || seen.has(`${range.first}:${range.last}`)) return [];
    seen.add(`${range.first}:${range.last}`);
    const professional = getSkill(mention.skillId).category === 'professional';
    return [{ range, text: mention.span.text, skillId: mention.skillId, professional }];
  });
}

function reviewLine(sentence: Sentence, { range, text, skillId }: Detection): string {
  const touches = (spans: readonly TokenRange[]) => spans.some((span) => overlaps(span, range));
  const mark = touches(sentence.knowledge) ? 'K' : touches(sentence.skills) ? 'S' : '-';
  const before = sentence.tokens.slice(Math.max(0, range.first - 8), range.first).join(' ');
  const after = sentence.tokens.slice(range.last + 1, range.last + 7).join(' ');
  return `${mark} ${skillId.padEnd(24)} ${before} [[${text}]] ${after}`;
}

/** A fixed-seed sample, in text order, so that a hand review can be repeated. */
function sampleOf<T>(items: readonly T[], size: number): T[] {
  let seed = 2026;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const picked = new Set<number>();
  while (picked.size < Math.min(size, items.length)) picked.add(Math.floor(next() * items.length));
  return [...picked].sort((a, b) => a - b).flatMap((i) => (items[i] === undefined ? [] : [items[i]]));
}

const show = (m: { precision: number; recall: number; f1: number }) =>
  `precision ${m.precision}  recall ${m.recall}  F1 ${m.f1}`;

function top(counts: ReadonlyMap<string, number>, limit: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([text, n]) => `${text} ×${n}`)
    .join(', ');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      errors: { type: 'string', default: '0' },
      sample: { type: 'string', default: '0' },
    },
  });
  const file = values.file === undefined ? defaultFile : resolve(values.file);
  if (!existsSync(file)) {
    console.error(`SkillSpan file not found: ${file}`);
    process.exit(2);
  }
  const errorLimit = Number(values.errors);
  const sentences = readConll(file);
  const technical = new Tally();
  const professional = new Tally();
  const all = new Tally();
  let annotated = 0;
  let covered = 0;
  const started = performance.now();
  const reviewLines: string[] = [];
  for (const sentence of sentences) {
    const detected = detect(sentence);
    for (const detection of detected) reviewLines.push(reviewLine(sentence, detection));
    technical.add(
      sentence,
      sentence.knowledge,
      detected.filter((d) => !d.professional),
    );
    professional.add(
      sentence,
      sentence.skills,
      detected.filter((d) => d.professional),
    );
    all.add(sentence, sentence.knowledge, detected);
    for (const span of sentence.knowledge) {
      annotated++;
      if (normaliseSkillName(sentence.tokens.slice(span.first, span.last + 1).join(' ')) !== null) covered++;
    }
  }
  const elapsedMs = performance.now() - started;
  const coverage = ratio(covered, annotated);
  const headline = technical.strict;

  console.log(`SkillSpan evaluation: ${file}`);
  console.log(`  sentences ${sentences.length}, annotated knowledge spans ${annotated}`);
  console.log(`  technical detections ${technical.detected} against knowledge spans:`);
  console.log(`    strict  (exact token span)   ${show(technical.strict)}`);
  console.log(`    overlap (any shared token)   ${show(technical.overlap)}`);
  console.log(`  all ${all.detected} detections against knowledge spans:`);
  console.log(`    strict ${show(all.strict)};  overlap ${show(all.overlap)}`);
  console.log(
    `  professional detections ${professional.detected} against skill spans (overlap): ${show(professional.overlap)}`,
  );
  console.log(`  coverage (normaliseSkillName maps an annotated knowledge span): ${coverage}`);
  console.log(`  extraction and normalisation took ${elapsedMs.toFixed(0)} ms`);
  if (errorLimit > 0) {
    console.log(`  detected, no knowledge span there: ${top(technical.unannotated, errorLimit)}`);
    console.log(`  knowledge span, nothing detected: ${top(technical.missed, errorLimit)}`);
  }
  const sampleSize = Number(values.sample);
  if (sampleSize > 0) {
    console.log(`  ${sampleSize} detections for review (K knowledge span, S skill span, - neither):`);
    for (const line of sampleOf(reviewLines, sampleSize)) console.log(`    ${line}`);
  }
  console.log(
    JSON.stringify({
      file,
      sentences: sentences.length,
      knowledgeSpans: annotated,
      detectedSpans: technical.detected,
      precision: headline.precision,
      recall: headline.recall,
      f1: headline.f1,
      overlap: technical.overlap,
      coverage,
      allDetections: { detectedSpans: all.detected, strict: all.strict, overlap: all.overlap },
      professionalVsSkillSpans: { detectedSpans: professional.detected, overlap: professional.overlap },
    }),
  );
}

main();
