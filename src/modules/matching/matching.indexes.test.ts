// The full build's fast path: skills parsed from the packed strings straight into codes must give
// the index exactly what the object path (fromBulkRows, then add) gives.
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../core/matching/index/candidate-index.js';
import type { MatchCandidate } from '../../core/matching/types.js';
import type { FxTable } from '../../core/money/index.js';
import { fromBulkRows } from './assemble.js';
import { codeSkills, SkillIds } from './matching.indexes.js';
import type { BulkCandidateRow } from './matching.repository.js';

const TABLE: FxTable = [];

function row(id: string, skills: string, items: BulkCandidateRow['items'] = []): BulkCandidateRow {
  return {
    id,
    country: 'AE',
    years: 4,
    level: null,
    goals: null,
    visibility: 'verified_employers',
    blocked: [],
    updated_at: '2026-04-01T00:00:00.000Z',
    skills,
    items,
  };
}

const project = (id: string, measured: boolean) => ({
  id,
  kind: 'project' as const,
  data: {
    kind: 'project',
    links: { repo: measured ? 'https://example.com/r' : '' },
    results: measured ? ['-30% p95'] : [],
  } as never,
});
const certificate = (id: string) => ({
  id,
  kind: 'certification' as const,
  data: { kind: 'certification' } as never,
});

describe('codeSkills', () => {
  const rows = [
    row('c-1', 'python:4:[]|pytorch:3:[]|sql:2:[]'),
    // Repeats keep the higher proficiency and the stronger evidence; unknown evidence ids are ignored.
    row('c-2', 'python:2:["i-1"]|python:5:[]|mlops:3:["i-2","i-x"]|docker:1:["i-3"]|custom-skill:4:[]', [
      project('i-1', true),
      project('i-2', false),
      certificate('i-3'),
    ]),
    row('c-3', ''),
    row('c-4', 'kubernetes:5:["i-9"]'),
    // Enough distinct ids to grow the id trie, some listed twice (s-1 is a prefix of s-10 …).
    row('c-5', Array.from({ length: 1400 }, (_, i) => `s-${i % 700}:${(i % 5) + 1}:[]`).join('|')),
    // An id beyond ASCII (kept out of the trie), one that is a prefix of another seen before it and
    // one after it, a proficiency that is not a plain integer, evidence on the last entry.
    row('c-6', 'r:3:[]|réseaux:4:[]|r-lang:2:[]|réseaux:5:[]|x:3.6:[]|pytorc:2:[]|pyt:1:["i-4"]', [
      project('i-4', true),
    ]),
    row('c-7', 'réseaux:1:[]|r:5:[]|pytorch:4:[]'),
  ];

  it('gives the index the same candidates as the object path', () => {
    const viaObjects = new CandidateIndex();
    for (const candidate of fromBulkRows(rows, TABLE)) viaObjects.add(candidate);
    const viaCodes = new CandidateIndex();
    const coded = { skills: new Int32Array(4), codes: new Uint8Array(4), count: 0 };
    const ids = new SkillIds();
    const packed = rows.map((r) => r.skills);
    const bare = fromBulkRows(
      rows.map((r) => ({ ...r, skills: '' })),
      TABLE,
    );
    bare.forEach((candidate: MatchCandidate, i) => {
      coded.count = codeSkills(packed[i] ?? '', rows[i]?.items ?? [], coded, ids);
      viaCodes.addCoded(candidate, coded);
    });
    for (const r of rows) expect(viaCodes.candidate(r.id)).toEqual(viaObjects.candidate(r.id));
    expect(viaCodes.candidate('c-2')?.skills).toEqual(
      expect.arrayContaining([
        { skillId: 'python', proficiency: 5, strength: 'measured_project' },
        { skillId: 'docker', proficiency: 1, strength: 'certified_or_published' },
        { skillId: 'mlops', proficiency: 3, strength: 'used_in_project' },
      ]),
    );
  });
});
