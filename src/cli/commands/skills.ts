// `ath skills extract` finds taxonomy skills in text read from standard input; `ath skills search`
// lists taxonomy entries matching a query. Both are thin: parse options, call the skills core, print.
import type { Command } from 'commander';
import {
  type ExtractedSkill,
  extractSkills,
  type SkillSearchHit,
  searchSkills,
} from '../../core/skills/index.js';

const unitInterval = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new Error(`${name} must be a number from 0 to 1, got "${value}"`);
  return n;
};

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return n;
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Reading text from standard input; end it with Ctrl-D.\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function truncate(text: string, width: number): string {
  const oneLine = text.replace(/\s+/gu, ' ');
  return oneLine.length > width ? `${oneLine.slice(0, width - 1)}…` : oneLine.padEnd(width);
}

/** A readable table of extracted mentions, one per line, with a header. */
export function mentionsTable(mentions: readonly ExtractedSkill[]): string {
  if (mentions.length === 0) return 'No skills found.';
  const idWidth = Math.max(8, ...mentions.map((m) => m.skillId.length));
  const nameWidth = Math.max(4, ...mentions.map((m) => m.name.length));
  const header = `${'span'.padEnd(11)}  ${'text'.padEnd(28)}  ${'skill'.padEnd(idWidth)}  ${'name'.padEnd(nameWidth)}  conf  ESCO`;
  const rows = mentions.map((m) => {
    const span = `${m.span.start}-${m.span.end}`.padEnd(11);
    const confidence = m.confidence.toFixed(2);
    return `${span}  ${truncate(m.span.text, 28)}  ${m.skillId.padEnd(idWidth)}  ${m.name.padEnd(nameWidth)}  ${confidence}  ${m.esco ?? ''}`;
  });
  return [header, ...rows].join('\n').replace(/[ \t]+$/gmu, '');
}

/** A readable table of search hits, best first. */
export function searchTable(hits: readonly SkillSearchHit[]): string {
  if (hits.length === 0) return 'No matching skills.';
  const idWidth = Math.max(8, ...hits.map((h) => h.skill.id.length));
  const nameWidth = Math.max(4, ...hits.map((h) => h.skill.name.length));
  const header = `${'skill'.padEnd(idWidth)}  ${'name'.padEnd(nameWidth)}  ${'category'.padEnd(24)}  score  matched`;
  const rows = hits.map(
    (h) =>
      `${h.skill.id.padEnd(idWidth)}  ${h.skill.name.padEnd(nameWidth)}  ${h.skill.category.padEnd(24)}  ${h.score.toFixed(2)}   ${h.matched}`,
  );
  return [header, ...rows].join('\n');
}

/** Adds `skills extract` and `skills search` to the `ath` program. */
export function registerSkillsCommands(program: Command): void {
  const skills = program
    .command('skills')
    .description('Find taxonomy skills in text, or search the taxonomy');

  skills
    .command('extract')
    .description('Print the skills mentioned in text read from standard input')
    .option('--json', 'one JSON object per line instead of a table')
    .option(
      '--min-confidence <n>',
      'drop mentions below this confidence (0-1)',
      unitInterval('--min-confidence'),
      0,
    )
    .option('--unique', 'only the first mention of each skill')
    .action(async (opts: { json?: boolean; minConfidence: number; unique?: boolean }) => {
      const mentions = extractSkills(await readStdin(), {
        minConfidence: opts.minConfidence,
        unique: opts.unique === true,
      });
      if (opts.json === true) {
        for (const mention of mentions) process.stdout.write(`${JSON.stringify(mention)}\n`);
      } else process.stdout.write(`${mentionsTable(mentions)}\n`);
    });

  skills
    .command('search')
    .description('List taxonomy skills whose name or alias matches the query')
    .argument('<query...>', 'words to search for, e.g. "hugging face"')
    .option('--limit <n>', 'how many entries to print', positiveInt('--limit'), 10)
    .option('--json', 'one JSON object per line instead of a table')
    .action((query: string[], opts: { limit: number; json?: boolean }) => {
      const hits = searchSkills(query.join(' '), opts.limit);
      if (opts.json === true) {
        for (const { skill, score, matched } of hits) {
          process.stdout.write(`${JSON.stringify({ ...skill, score, matched })}\n`);
        }
      } else process.stdout.write(`${searchTable(hits)}\n`);
    });
}
