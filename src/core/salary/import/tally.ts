// Runs a file's rows through validation and exact-duplicate detection and keeps the report. Pure:
// the caller reads the file and stores the records; this only decides and counts.
import type { SalaryRecord } from '../types.js';
import type { ColumnPositions } from './columns.js';
import { mapAijobsRow, type RowContext, SKIP_REASONS, type SkipReason } from './map-row.js';
import { skillsFromTitle } from './title-skills.js';
import { classifyTitle } from './titles.js';

/** Line numbers kept per skip reason: enough to find the pattern in the file, not a copy of it. */
export const EXAMPLE_LINES = 5;

export interface SkipCount {
  count: number;
  /** 1-based line numbers in the file (the header is line 1). */
  exampleLines: number[];
}

/** What came of a file's rows; `rowsRead = imported + duplicates + skipped`. */
export interface SalaryImportCounts {
  rowsRead: number;
  imported: number;
  /** Rows identical, field for field, to an earlier valid row: kept once. */
  duplicates: number;
  skipped: number;
  /** Only the reasons that occurred, in SKIP_REASONS order. */
  skipReasons: Partial<Record<SkipReason, SkipCount>>;
}

export interface SalaryRowTally {
  /** The record to store, or null for a row skipped or already seen. */
  add(fields: readonly string[], line: number): SalaryRecord | null;
  counts(): SalaryImportCounts;
}

/**
 * Starts a tally for one file. Invalid rows are counted under their reason even when repeated;
 * a valid row seen before is a duplicate (the aijobs file lists many jobs twice, as min/max pairs
 * with the same figures).
 */
export function startSalaryRowTally(columns: ColumnPositions, options: { maxYear: number }): SalaryRowTally {
  const titles = new Map<string, ReturnType<RowContext['title']>>();
  const context: RowContext = {
    columns,
    maxYear: options.maxYear,
    title(rawTitle) {
      let known = titles.get(rawTitle);
      if (!known) {
        known = { ...classifyTitle(rawTitle), skills: skillsFromTitle(rawTitle) };
        titles.set(rawTitle, known);
      }
      return known;
    },
  };
  const seen = new Set<string>();
  const skips = new Map<SkipReason, SkipCount>();
  let rowsRead = 0;
  let imported = 0;
  let duplicates = 0;
  let skipped = 0;

  return {
    add(fields, line) {
      rowsRead++;
      const result = mapAijobsRow(fields, context);
      if (!result.ok) {
        skipped++;
        const entry = skips.get(result.reason) ?? { count: 0, exampleLines: [] };
        entry.count++;
        if (entry.exampleLines.length < EXAMPLE_LINES) entry.exampleLines.push(line);
        skips.set(result.reason, entry);
        return null;
      }
      // The unit separator cannot occur inside a field of a text CSV, so the key is unambiguous.
      const key = fields.join('\u001f');
      if (seen.has(key)) {
        duplicates++;
        return null;
      }
      seen.add(key);
      imported++;
      // Each record owns its skills array: the memoised one is shared by every row with that title.
      return { ...result.record, skills: [...result.record.skills] };
    },
    counts() {
      const skipReasons: Partial<Record<SkipReason, SkipCount>> = {};
      for (const reason of SKIP_REASONS) {
        const entry = skips.get(reason);
        if (entry) skipReasons[reason] = { count: entry.count, exampleLines: [...entry.exampleLines] };
      }
      return { rowsRead, imported, duplicates, skipped, skipReasons };
    },
  };
}
