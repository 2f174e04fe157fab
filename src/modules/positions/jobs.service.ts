import { uuidSchema } from '../../contracts/common.js';
import type { PositionSearchQuery, PositionSummary, PositionView } from '../../contracts/positions.js';
import { AppError, fieldError } from '../../core/errors.js';
import { rateFor } from '../../core/money/index.js';
import { dayOf } from '../../core/positions/days.js';
import { countriesOfRegion } from '../../core/positions/regions.js';
import { isPubliclyVisible } from '../../core/positions/visibility.js';
import type { Db } from '../../db/client.js';
import type { SkillCatalogue } from '../profile/skill-catalogue.js';
import type { FxService } from './fx.service.js';
import { toPositionSummary, toPositionView } from './position-view.js';
import * as repo from './positions.repository.js';
import { type SearchCursor, type SearchFilters, searchPositions } from './search.repository.js';

export type JobsService = ReturnType<typeof createJobsService>;

// The cursor is opaque to clients: base64url JSON of the sort it belongs to and the last row's key.
function encodeCursor(sort: string, cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify({ s: sort, v: cursor.value, i: cursor.id })).toString('base64url');
}

function decodeCursor(sort: string, raw: string): SearchCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const { s, v, i } = parsed as Record<string, unknown>;
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      if (
        s === sort &&
        typeof v === 'number' &&
        Number.isFinite(v) &&
        typeof i === 'string' &&
        uuid.test(i)
      ) {
        return { value: v, id: i };
      }
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('cursor', 'This cursor is not valid for this search; start again from the first page.');
}

/** The public side of positions: search and the position page. Only live, verified postings. */
export function createJobsService(deps: {
  db: Db;
  catalogue: SkillCatalogue;
  fx: FxService;
  now: () => Date;
}) {
  const { db, catalogue, fx, now } = deps;

  async function publicView(record: repo.PositionRecord | undefined): Promise<PositionView> {
    if (
      !record ||
      !isPubliclyVisible(
        {
          status: record.position.status,
          fundingStatus: record.position.fundingStatus,
          organisationVerified: record.organisation.verifiedAt !== null,
          validThrough: record.position.validThrough ?? '',
        },
        now(),
      )
    ) {
      throw new AppError('not_found', 'No such open position');
    }
    return toPositionView(record, { catalogue, table: await fx.table(), audience: 'public' });
  }

  return {
    async search(
      query: PositionSearchQuery,
    ): Promise<{ positions: PositionSummary[]; nextCursor: string | null }> {
      const table = await fx.table();
      const countries = [...(query.country ?? []), ...(query.region ? countriesOfRegion(query.region) : [])];
      const filters: SearchFilters = {
        today: dayOf(now()),
        q: query.q || undefined,
        roleFamilies: query.roleFamily,
        levels: query.level,
        countries: countries.length ? countries : undefined,
        workplaces: query.workplace,
        visaSponsorship: query.visaSponsorship,
        minSalaryUsd:
          query.minSalary === undefined
            ? undefined
            : query.minSalary / rateFor(query.currency, table).ratePerUsd,
        skills: query.skills,
      };
      const unknown = (query.skills ?? []).filter((id) => !catalogue.find(id));
      if (unknown.length > 0) throw fieldError('skills', `Not skills in the taxonomy: ${unknown.join(', ')}`);
      const cursor = query.cursor ? decodeCursor(query.sort, query.cursor) : null;
      const hits = await searchPositions(db, filters, query.sort, cursor, query.limit + 1);
      const page = hits.slice(0, query.limit);
      const last = page.at(-1);
      const records = await repo.findManyByIds(
        db,
        page.map((h) => h.id),
      );
      return {
        positions: records.map((r) => toPositionSummary(r, { catalogue, table, currency: query.currency })),
        nextCursor:
          hits.length > query.limit && last
            ? encodeCursor(query.sort, { value: last.sortValue, id: last.id })
            : null,
      };
    },

    /** Search cards for positions by id (the matcher ranks ids; this dresses them), in input order. */
    async summaries(ids: readonly string[], currency = 'USD'): Promise<PositionSummary[]> {
      const table = await fx.table();
      return (await repo.findManyByIds(db, ids)).map((r) =>
        toPositionSummary(r, { catalogue, table, currency }),
      );
    },

    /** A live posting by slug; anything not publicly visible is simply not found. */
    async bySlug(slug: string): Promise<PositionView> {
      return publicView(await repo.findBySlug(db, slug));
    },

    /**
     * By slug, or by id when the key is a UUID (slugs never are: a title's words and a short
     * suffix), so that a page holding only a position's id can name it.
     */
    async byKey(key: string): Promise<PositionView> {
      const byId = uuidSchema.safeParse(key).success;
      return publicView(await (byId ? repo.findById(db, key) : repo.findBySlug(db, key)));
    },

    /** The same, by id (the matcher's explanations for candidates). */
    async byId(id: string): Promise<PositionView> {
      return publicView(await repo.findById(db, id));
    },
  };
}
