import { describe, expect, it } from 'vitest';
import { AIJOBS_COLUMNS, readHeader } from './columns.js';
import { checkFileSize, checkTextChunk, SalaryFileRejected } from './rejection.js';

describe('readHeader', () => {
  it('finds the columns in any order, ignoring extra ones, a BOM, case and spaces', () => {
    const header = ['\uFEFFextra', ...[...AIJOBS_COLUMNS].reverse().map((c) => ` ${c.toUpperCase()} `)];
    const positions = readHeader(header);
    expect(positions.company_size).toBe(1);
    expect(positions.work_year).toBe(11);
  });

  it('refuses a header without the format columns, naming them', () => {
    const header = AIJOBS_COLUMNS.filter((c) => c !== 'salary_in_usd' && c !== 'job_title');
    expect(() => readHeader(header)).toThrow(/lacks the columns job_title, salary_in_usd/);
    const rejection = (() => {
      try {
        readHeader(['name', 'email']);
      } catch (error) {
        return error;
      }
    })();
    expect(rejection).toBeInstanceOf(SalaryFileRejected);
    expect(rejection).toMatchObject({ reason: 'missing_columns', code: 'validation_failed' });
  });
});

describe('whole-file checks', () => {
  it('refuses a file over the cap, and an empty one', () => {
    expect(() => checkFileSize(1001, 1000)).toThrow('The file is 1001 bytes, over the 1000 bytes limit');
    expect(() => checkFileSize(1000, 1000)).not.toThrow();
    expect(() => checkFileSize(0, 1000)).toThrow(/empty/);
    expect(() => checkFileSize(300 * 1024 * 1024)).toThrow(/300\.0 MB, over the 200\.0 MB limit/);
  });

  it('refuses bytes with a NUL as not CSV text', () => {
    expect(() => checkTextChunk(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow(/not CSV text/);
    expect(() => checkTextChunk(new TextEncoder().encode('a,b\n1,2\n'))).not.toThrow();
  });
});
