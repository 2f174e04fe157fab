// Salary questions answered from the in-memory indexes: one slice, per level, per region, skill
// premiums, the guide's reference table, and a Gulf offer placed in its benchmark.
import type { Region } from '../../contracts/positions.js';
import { regionSchema } from '../../contracts/positions.js';
import { type Level, levelSchema } from '../../contracts/profile.js';
import type {
  FallbackView,
  GeoScopeView,
  SalaryBasis,
  SalaryBenchmark,
  SalaryBenchmarkResponse,
  SalaryLevelsQuery,
  SalaryLevelsResponse,
  SalaryOfferResponse,
  SalaryPremiumsQuery,
  SalaryPremiumsResponse,
  SalaryReferenceResponse,
  SalaryRegionsQuery,
  SalaryRegionsResponse,
  SalarySliceQuery,
  SalaryStats,
} from '../../contracts/salaries.js';
import type { OfferRequest } from '../../contracts/salary-offer.js';
import { AppError } from '../../core/errors.js';
import { type FxRate, type FxTable, rateFor, toDay } from '../../core/money/index.js';
import { type Benchmark, benchmark, placement } from '../../core/salary/benchmark.js';
import { computeOffer } from '../../core/salary/gulf/index.js';
import type { SalaryIndex, SliceQuery } from '../../core/salary/index/salary-index.js';
import { geoChain } from '../../core/salary/index/salary-index.js';
import { PREMIUM_MIN_EACH_SIDE, skillPremium } from '../../core/salary/premium.js';
import { REFERENCE_SOURCE, REFERENCE_TABLE } from '../../core/salary/reference.js';
import type { Summary } from '../../core/salary/stats/summary.js';
import { findSkill } from '../../core/skills/index.js';
import type { FxService } from '../positions/fx.service.js';
import type { SalaryIndexes } from './salaries.indexes.js';

/** At most this many measured premiums are listed, most common skills first. */
const PREMIUM_SKILLS = 12;

export type SalaryService = ReturnType<typeof createSalaryService>;

function checkSkill(skill: string | undefined): void {
  if (skill !== undefined && !findSkill(skill)) {
    throw new AppError('validation_failed', 'Not a skill in the taxonomy', {
      errors: [{ path: 'querystring.skill', message: 'Not a skill in the taxonomy', code: 'unknown_skill' }],
    });
  }
}

function sliceOf(q: {
  roleFamily?: SliceQuery['roleFamily'];
  level?: Level | undefined;
  country?: string | undefined;
  region?: Region | undefined;
  skill?: string | undefined;
  year?: number | undefined;
}): SliceQuery {
  return {
    roleFamily: q.roleFamily,
    level: q.level,
    country: q.country,
    region: q.region,
    skill: q.skill,
    year: q.year,
  };
}

function convertStats(s: Summary, rate: number): SalaryStats {
  const c = (usd: number) => Math.round(usd * rate);
  return {
    n: s.n,
    outliersRemoved: s.outliersRemoved,
    p10: c(s.p10),
    p25: c(s.p25),
    p50: c(s.p50),
    p75: c(s.p75),
    p90: c(s.p90),
    mean: c(s.mean),
    medianInterval: {
      low: c(s.medianInterval.low),
      high: c(s.medianInterval.high),
      level: s.medianInterval.level,
    },
  };
}

function view(result: Benchmark, basis: SalaryBasis, fx: FxRate, levelApproximate: boolean): SalaryBenchmark {
  return {
    basis,
    scope: result.scope as GeoScopeView,
    fallback: result.fallback as FallbackView | null,
    stats: result.summary ? convertStats(result.summary, fx.ratePerUsd) : null,
    reason: result.summary ? null : 'too_few_records',
    chain: result.chain.map((c) => ({ scope: c.scope as GeoScopeView, n: c.n })),
    levelApproximate,
    fx,
  };
}

export function createSalaryService(deps: { indexes: SalaryIndexes; fx: FxService; now: () => Date }) {
  const { indexes, fx, now } = deps;

  const indexFor = (basis: SalaryBasis): Promise<SalaryIndex> =>
    basis === 'records' ? indexes.records() : indexes.postedBands();

  async function rate(currency: string, table?: FxTable): Promise<FxRate> {
    return rateFor(currency, table ?? (await fx.table()), now());
  }

  /** Imported surveys' staff level is their "executive" level: say so wherever it is in the figures. */
  function approximate(index: SalaryIndex, basis: SalaryBasis, level: Level | undefined): boolean {
    return basis === 'records' && index.sourceCounts.import > 0 && (level === undefined || level === 'staff');
  }

  return {
    async benchmark(q: SalarySliceQuery): Promise<SalaryBenchmarkResponse> {
      checkSkill(q.skill);
      const [index, fxRate] = await Promise.all([indexFor(q.basis), rate(q.currency)]);
      return {
        benchmark: view(benchmark(index, sliceOf(q)), q.basis, fxRate, approximate(index, q.basis, q.level)),
        sources: index.sourceCounts,
        years: index.years,
      };
    },

    async levels(q: SalaryLevelsQuery): Promise<SalaryLevelsResponse> {
      checkSkill(q.skill);
      const [index, fxRate] = await Promise.all([indexFor(q.basis), rate(q.currency)]);
      return {
        levels: levelSchema.options.map((level) => ({
          level,
          benchmark: view(
            benchmark(index, sliceOf({ ...q, level })),
            q.basis,
            fxRate,
            approximate(index, q.basis, level),
          ),
        })),
        sources: index.sourceCounts,
      };
    },

    async regions(q: SalaryRegionsQuery): Promise<SalaryRegionsResponse> {
      checkSkill(q.skill);
      const [index, fxRate] = await Promise.all([indexFor(q.basis), rate(q.currency)]);
      const approx = approximate(index, q.basis, q.level);
      return {
        regions: [
          ...regionSchema.options.map((region) => ({
            region,
            benchmark: view(
              benchmark(index, sliceOf({ ...q, country: undefined, region })),
              q.basis,
              fxRate,
              approx,
            ),
          })),
          {
            region: 'global' as const,
            benchmark: view(
              benchmark(index, sliceOf({ ...q, country: undefined, region: undefined })),
              q.basis,
              fxRate,
              approx,
            ),
          },
        ],
        sources: index.sourceCounts,
      };
    },

    async premiums(q: SalaryPremiumsQuery): Promise<SalaryPremiumsResponse> {
      const index = await indexFor(q.basis);
      const slice = sliceOf(q);
      const scope = geoChain(slice)[0] ?? { kind: 'global' as const };
      const guideSkills = REFERENCE_TABLE.flatMap((r) => r.premium.skills);
      const skills = [
        ...new Set([
          ...index.skillsWithAtLeast(PREMIUM_MIN_EACH_SIDE).slice(0, PREMIUM_SKILLS),
          ...guideSkills,
        ]),
      ];
      const measured = skills
        .map((skill) => ({
          ...skillPremium(index, skill, slice, scope),
          skillName: findSkill(skill)?.name ?? skill,
        }))
        .sort(
          (a, b) =>
            Number(b.sufficient) - Number(a.sufficient) ||
            (b.premium ?? 0) - (a.premium ?? 0) ||
            b.nWith - a.nWith,
        );
      return {
        basis: q.basis,
        scope: scope as GeoScopeView,
        minEachSide: PREMIUM_MIN_EACH_SIDE,
        measured,
        reference: {
          source: { ...REFERENCE_SOURCE },
          rows: REFERENCE_TABLE.map((r) => ({
            level: r.level,
            fraction: r.premium.fraction,
            label: r.premium.label,
            skills: [...r.premium.skills],
          })),
        },
      };
    },

    async reference(currency: string): Promise<SalaryReferenceResponse> {
      const fxRate = await rate(currency);
      const c = (usd: number) => Math.round(usd * fxRate.ratePerUsd);
      return {
        source: { ...REFERENCE_SOURCE },
        rows: REFERENCE_TABLE.map((r) => ({
          level: r.level,
          years: r.years,
          global: { min: c(r.global.min), max: c(r.global.max) },
          gulf: { min: c(r.gulf.min), max: c(r.gulf.max) },
          openEnded: r.openEnded,
          premium: { fraction: r.premium.fraction, label: r.premium.label, skills: [...r.premium.skills] },
        })),
        fx: fxRate,
      };
    },

    async offer(request: OfferRequest): Promise<SalaryOfferResponse> {
      const table = await fx.table();
      const breakdown = computeOffer(request, table, toDay(now()));
      if (!request.roleFamily || !request.level) return { breakdown, placement: null };
      const index = await indexes.records();
      const slice: SliceQuery = {
        roleFamily: request.roleFamily,
        level: request.level,
        country: request.country,
      };
      const placed = placement(index, slice, breakdown.usd.annualCash);
      if (!placed) return { breakdown, placement: null };
      const usdRate = await rate('USD', table);
      return {
        breakdown,
        placement: {
          percentile: Math.round(placed.percentile * 10) / 10,
          comparedUsd: breakdown.usd.annualCash,
          roleFamily: request.roleFamily,
          level: request.level,
          country: request.country,
          benchmark: view(placed.result, 'records', usdRate, approximate(index, 'records', request.level)),
        },
      };
    },
  };
}
