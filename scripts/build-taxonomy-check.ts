// Checks the taxonomy's ESCO and O*NET references against the public files in ../shared/data/skills
// (never copied into this repository): every recorded ESCO URI and O*NET name must exist, and skills
// without one are listed with the concepts whose labels match one of their forms exactly, for review.
//
//   npx tsx scripts/build-taxonomy-check.ts [--suggest]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseKey } from '../src/core/skills/surface-form.js';
import { TAXONOMY } from '../src/core/skills/taxonomy.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skillsData = join(root, '..', 'shared', 'data', 'skills');

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface EscoConcept {
  readonly uri: string;
  readonly label: string;
  readonly altLabels: readonly string[];
}

function readEsco(): EscoConcept[] {
  const concepts: EscoConcept[] = [];
  for (const file of ['digitalSkillsCollection_en.csv', 'transversalSkillsCollection_en.csv']) {
    const [header, ...rows] = parseCsv(readFileSync(join(skillsData, 'esco-1.2.0', file), 'utf8'));
    if (header === undefined) continue;
    const col = (name: string) => header.indexOf(name);
    for (const row of rows) {
      const uri = row[col('conceptUri')] ?? '';
      if (!uri.startsWith('http')) continue;
      const altLabels = (row[col('altLabels')] ?? '').split(/\n| \| /).filter((label) => label.trim() !== '');
      concepts.push({ uri, label: row[col('preferredLabel')] ?? '', altLabels });
    }
  }
  return concepts;
}

function readOnetNames(): Set<string> {
  const lines = readFileSync(join(skillsData, 'onet-29.2', 'Technology Skills.txt'), 'utf8').split('\n');
  return new Set(
    lines
      .slice(1)
      .map((line) => line.split('\t')[1] ?? '')
      .filter((name) => name !== ''),
  );
}

function main(): void {
  if (!existsSync(skillsData)) {
    console.error(`No ESCO/O*NET data at ${skillsData}; nothing to check.`);
    process.exit(2);
  }
  const suggest = process.argv.includes('--suggest');
  const esco = readEsco();
  const escoByUri = new Map(esco.map((concept) => [concept.uri, concept]));
  const escoByKey = new Map<string, EscoConcept[]>();
  for (const concept of esco) {
    for (const label of [concept.label, ...concept.altLabels]) {
      const key = phraseKey(label);
      escoByKey.set(key, [...(escoByKey.get(key) ?? []), concept]);
    }
  }
  const onet = readOnetNames();
  const onetByKey = new Map([...onet].map((name) => [phraseKey(name), name]));

  let errors = 0;
  for (const skill of TAXONOMY) {
    const keys = [skill.name, ...skill.aliases, ...(skill.contextAliases ?? [])].map(phraseKey);
    if (skill.esco !== undefined) {
      const concept = escoByUri.get(skill.esco);
      if (concept === undefined) {
        console.log(`ERROR ${skill.id}: ESCO URI ${skill.esco} is not in ESCO 1.2.0`);
        errors++;
      } else console.log(`esco  ${skill.id.padEnd(28)} = ${concept.label}`);
    } else if (suggest) {
      const matches = new Set(keys.flatMap((key) => escoByKey.get(key) ?? []));
      for (const concept of matches)
        console.log(`hint  ${skill.id.padEnd(28)} ~ ESCO ${concept.label} ${concept.uri}`);
    }
    if (skill.onet !== undefined) {
      if (!onet.has(skill.onet)) {
        console.log(`ERROR ${skill.id}: O*NET name '${skill.onet}' is not in O*NET 29.2`);
        errors++;
      }
    } else if (suggest) {
      for (const key of keys) {
        const name = onetByKey.get(key);
        if (name !== undefined) console.log(`hint  ${skill.id.padEnd(28)} ~ O*NET ${name}`);
      }
    }
  }
  const withEsco = TAXONOMY.filter((skill) => skill.esco !== undefined).length;
  const withOnet = TAXONOMY.filter((skill) => skill.onet !== undefined).length;
  console.log(`${TAXONOMY.length} skills, ${withEsco} with ESCO, ${withOnet} with O*NET, ${errors} errors`);
  process.exit(errors === 0 ? 0 : 1);
}

main();
