// The salary indexes of one server process: measured records and posted bands, each built from the
// database on first use and rebuilt when it changes. A NOTIFY on salary_changes (a trigger on
// salary_records, migration 0005) or match_changes (positions) wakes every process; a slow poll of a
// fingerprint catches a missed notification, so processes on one database agree within POLL_MS.
import { toDay } from '../../core/money/index.js';
import { type IndexableRecord, SalaryIndex } from '../../core/salary/index/salary-index.js';
import type { Database } from '../../db/client.js';
import * as repo from './salaries.repository.js';

const POLL_MS = 30_000;
/** Position edits come in bursts (a demo seed, a bulk close): rebuild the bands at most this often. */
const BANDS_DEBOUNCE_MS = 2_000;

export type SalaryIndexes = ReturnType<typeof createSalaryIndexes>;

export function createSalaryIndexes(deps: {
  database: Database;
  now: () => Date;
  log: { info(obj: unknown, msg: string): void; error(obj: unknown, msg: string): void };
}) {
  const { database, now, log } = deps;
  const db = database.db;
  let records: Promise<SalaryIndex> | null = null;
  let bands: Promise<SalaryIndex> | null = null;
  let signature = '';
  let timer: NodeJS.Timeout | undefined;
  let bandsTimer: NodeJS.Timeout | undefined;
  const stops: Array<() => Promise<void>> = [];

  async function buildRecords(): Promise<SalaryIndex> {
    const started = performance.now();
    const all: IndexableRecord[] = [];
    signature = await repo.measuredSignature(db);
    for await (const page of repo.measuredRecords(db)) {
      for (const r of page) all.push(r);
      if (all.length % 200_000 < page.length)
        log.info({ loaded: all.length }, 'salary index: loading records');
    }
    const index = SalaryIndex.build(all);
    log.info({ records: index.size, ms: Math.round(performance.now() - started) }, 'salary index built');
    return index;
  }

  async function buildBands(): Promise<SalaryIndex> {
    return SalaryIndex.build(await repo.postedBands(db, toDay(now())));
  }

  /** Swaps in a new index only once it is built; queries keep using the old one meanwhile. */
  function rebuildRecords(): Promise<SalaryIndex> {
    const next = buildRecords();
    next.then(
      () => {
        records = next;
      },
      (error) => log.error({ err: error }, 'salary index rebuild failed'),
    );
    return next;
  }

  function rebuildBands(): Promise<SalaryIndex> {
    const next = buildBands();
    next.then(
      () => {
        bands = next;
      },
      (error) => log.error({ err: error }, 'posted-band index rebuild failed'),
    );
    return next;
  }

  function bandsChanged(): void {
    if (bandsTimer) return;
    bandsTimer = setTimeout(() => {
      bandsTimer = undefined;
      void rebuildBands();
    }, BANDS_DEBOUNCE_MS);
    bandsTimer.unref();
  }

  async function poll(): Promise<void> {
    try {
      if ((await repo.measuredSignature(db)) !== signature) await rebuildRecords();
      await rebuildBands();
    } catch (error) {
      log.error({ err: error }, 'salary index poll failed');
    }
  }

  return {
    records(): Promise<SalaryIndex> {
      records ??= buildRecords();
      return records;
    },
    postedBands(): Promise<SalaryIndex> {
      bands ??= buildBands();
      return bands;
    },
    /** Rebuilds both now (tests call this after writing; production follows notifications). */
    async refresh(): Promise<void> {
      records = Promise.resolve(await buildRecords());
      bands = Promise.resolve(await buildBands());
    },
    /** Replaces the measured index with one built elsewhere (the benchmark's generated million). */
    adopt(index: SalaryIndex): void {
      records = Promise.resolve(index);
    },
    async start(): Promise<void> {
      await Promise.all([this.records(), this.postedBands()]);
      stops.push(await database.listen('salary_changes', () => void rebuildRecords()));
      stops.push(await database.listen('match_changes', bandsChanged));
      timer = setInterval(() => void poll(), POLL_MS);
      timer.unref();
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      clearTimeout(bandsTimer);
      for (const stop of stops.splice(0)) await stop();
    },
  };
}
