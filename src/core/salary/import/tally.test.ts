import { describe, expect, it } from 'vitest';
import { AIJOBS_COLUMNS, readHeader } from './columns.js';
import { startSalaryRowTally } from './tally.js';

const header = readHeader([...AIJOBS_COLUMNS]);
const valid = (title = 'Data Scientist', usd = '120000') => [
  '2024',
  'SE',
  'FT',
  title,
  usd,
  'USD',
  usd,
  'US',
  '0',
  'US',
  'M',
];

describe('startSalaryRowTally', () => {
  it('keeps one of each identical valid row and counts the rest as duplicates', () => {
    const tally = startSalaryRowTally(header, { maxYear: 2026 });
    const kept = [valid(), valid(), valid('Data Analyst'), valid(), valid('Data Scientist', '130000')]
      .map((fields, i) => tally.add(fields, i + 2))
      .filter((record) => record !== null);
    expect(kept.map((r) => [r.title, r.totalUsd])).toEqual([
      ['Data Scientist', 120000],
      ['Data Analyst', 120000],
      ['Data Scientist', 130000],
    ]);
    expect(tally.counts()).toEqual({ rowsRead: 5, imported: 3, duplicates: 2, skipped: 0, skipReasons: {} });
  });

  it('counts repeated invalid rows as skipped, with at most five example lines per reason', () => {
    const tally = startSalaryRowTally(header, { maxYear: 2026 });
    const bad = valid('Data Scientist', 'lots');
    for (let line = 2; line < 10; line++) tally.add(bad, line);
    tally.add(valid('Data Scientist', '-1'), 10);
    tally.add(valid(), 11);
    expect(tally.counts()).toEqual({
      rowsRead: 10,
      imported: 1,
      duplicates: 0,
      skipped: 9,
      skipReasons: {
        not_a_number: { count: 8, exampleLines: [2, 3, 4, 5, 6] },
        negative_or_zero: { count: 1, exampleLines: [10] },
      },
    });
  });

  it('gives every record its own skills array', () => {
    const tally = startSalaryRowTally(header, { maxYear: 2026 });
    const first = tally.add(valid('NLP Engineer'), 2);
    const second = tally.add(valid('NLP Engineer', '90000'), 3);
    expect(first?.skills).toEqual(['nlp']);
    expect(first?.skills).not.toBe(second?.skills);
  });
});
