// Demo pipeline histories, so the outcome dashboards show real distributions on the first start:
// applications at every stage, introductions accepted, declined and pending, profile views, saves
// and shortlists, and portfolios on some candidates. Deterministic in (seed, inputs).
//
// Assumption of the demo, not a finding: recruiters here look more often at candidates with a
// portfolio (weights below), so the engagement chart has something to show until real data exists.
import { type Rng, rngFor } from '../demo/random.js';
import { type DemoFlow, simulateFlow } from './demo-flow.js';
import type { DeclineReason } from './rejection-reasons.js';

const DAY = 86_400_000;

export interface DemoPositionInput {
  publishedAt: Date;
  organisation: number;
}

export type DemoPortfolio = 'none' | 'projects' | 'measured_projects';

export interface DemoApplication {
  candidate: number;
  position: number;
  origin: 'applied' | 'introduction';
  createdAt: Date;
  flow: DemoFlow;
}

export interface DemoIntroduction {
  candidate: number;
  position: number;
  status: 'pending' | 'accepted' | 'declined';
  declineReason: DeclineReason | null;
  createdAt: Date;
  respondedAt: Date | null;
  /** Index into applications, for an accepted one. */
  application: number | null;
}

export interface DemoHistories {
  portfolios: DemoPortfolio[];
  applications: DemoApplication[];
  introductions: DemoIntroduction[];
  /** One row per organisation, candidate and day. */
  views: Array<{ organisation: number; candidate: number; day: Date }>;
  actions: Array<{ position: number; candidate: number; action: 'save' | 'shortlist'; at: Date }>;
  /** When each hired candidate began looking (their open-to-work date), by accepted application. */
  openToWork: Array<{ candidate: number; application: number; since: Date }>;
}

const ATTENTION: Record<DemoPortfolio, number> = { none: 1, projects: 1.6, measured_projects: 2.5 };
const DECLINES: readonly DeclineReason[] = [
  'not_looking',
  'role_not_a_fit',
  'pay_not_a_fit',
  'location_not_a_fit',
];

/** Picks k distinct candidates, each weighted by how much attention their portfolio draws. */
function pickCandidates(rng: Rng, weights: readonly number[], total: number, k: number, taken: Set<number>) {
  const picked: number[] = [];
  for (let tries = 0; picked.length < k && tries < k * 20; tries++) {
    let roll = rng.float() * total;
    let index = 0;
    while (index < weights.length - 1 && roll >= (weights[index] ?? 0)) roll -= weights[index++] ?? 0;
    if (!taken.has(index)) {
      taken.add(index);
      picked.push(index);
    }
  }
  return picked;
}

const dayOf = (at: number) => new Date(Math.floor(at / DAY) * DAY);

/** Histories for `candidates` visible candidates and the live positions given. */
export function generateHistories(input: {
  seed: number;
  now: Date;
  candidates: number;
  positions: readonly DemoPositionInput[];
  /** A candidate (the fixed demo account) who is sure to have applications and a pending request. */
  featured?: number | undefined;
}): DemoHistories {
  const { seed, now, candidates, positions, featured } = input;
  const portfolios = Array.from({ length: candidates }, (_, i): DemoPortfolio => {
    const roll = rngFor(seed, 'demo-portfolio', i).float();
    return roll < 0.15 ? 'measured_projects' : roll < 0.4 ? 'projects' : 'none';
  });
  const weights = portfolios.map((p) => ATTENTION[p]);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: DemoHistories = {
    portfolios,
    applications: [],
    introductions: [],
    views: [],
    actions: [],
    openToWork: [],
  };
  if (candidates === 0) return out;
  const viewed = new Set<string>();
  const view = (organisation: number, candidate: number, at: number) => {
    if (at > now.getTime()) return;
    const day = dayOf(at);
    const key = `${organisation}:${candidate}:${day.getTime()}`;
    if (viewed.has(key)) return;
    viewed.add(key);
    out.views.push({ organisation, candidate, day });
  };

  positions.forEach((position, p) => {
    const rng = rngFor(seed, 'demo-pipeline', p);
    const opened = position.publishedAt.getTime();
    const age = Math.max(0, now.getTime() - opened);
    const taken = new Set<number>();
    const when = () => new Date(opened + rng.float() * age);

    for (const candidate of pickCandidates(rng, weights, total, rng.int(2, 10), taken)) {
      const createdAt = when();
      const flow = simulateFlow(rng, createdAt, 'applied', now);
      out.applications.push({ candidate, position: p, origin: 'applied', createdAt, flow });
      view(position.organisation, candidate, createdAt.getTime() + rng.between(0.1, 3) * DAY);
    }
    for (const candidate of pickCandidates(rng, weights, total, rng.int(0, 4), taken)) {
      const createdAt = when();
      view(position.organisation, candidate, createdAt.getTime() - rng.between(0, 1) * DAY);
      const roll = rng.float();
      const answerAt = createdAt.getTime() + rng.between(0.2, 4) * DAY;
      if (roll < 0.25 || answerAt > now.getTime()) {
        out.introductions.push({
          candidate,
          position: p,
          status: 'pending',
          declineReason: null,
          createdAt,
          respondedAt: null,
          application: null,
        });
      } else if (roll < 0.55) {
        out.introductions.push({
          candidate,
          position: p,
          status: 'declined',
          declineReason: rng.pick(DECLINES),
          createdAt,
          respondedAt: new Date(answerAt),
          application: null,
        });
      } else {
        const start = new Date(answerAt);
        out.applications.push({
          candidate,
          position: p,
          origin: 'introduction',
          createdAt: start,
          flow: simulateFlow(rng, start, 'introduction', now),
        });
        out.introductions.push({
          candidate,
          position: p,
          status: 'accepted',
          declineReason: null,
          createdAt,
          respondedAt: start,
          application: out.applications.length - 1,
        });
      }
    }
    // Recruiters browse more than they act: views, saves and shortlists beyond the pipeline.
    for (const candidate of pickCandidates(rng, weights, total, rng.int(3, 12), new Set(taken))) {
      const at = when().getTime();
      view(position.organisation, candidate, at);
      if (rng.chance(0.35))
        out.actions.push({
          position: p,
          candidate,
          action: rng.chance(0.6) ? 'save' : 'shortlist',
          at: new Date(at),
        });
    }
  });

  if (featured !== undefined && featured < candidates) feature(out, featured, seed, now, positions);

  // A hired candidate's search began weeks before the offer: mostly under the guide's 14 weeks, some far longer.
  for (const [index, application] of out.applications.entries()) {
    const decidedAt = application.flow.offer?.status === 'accepted' ? application.flow.offer.decidedAt : null;
    if (!decidedAt) continue;
    const weeks = Math.exp(rngFor(seed, 'demo-search', application.candidate).normal(Math.log(6.5), 0.7));
    const since = Math.min(decidedAt.getTime() - weeks * 7 * DAY, application.createdAt.getTime());
    out.openToWork.push({ candidate: application.candidate, application: index, since: new Date(since) });
  }
  return out;
}

/**
 * The candidates to take off the market: everyone hired, as accepting an offer does in the product,
 * except the featured one (the demo's job seeker, the account a visitor signs in as), who stays on
 * it as if she had switched open to work on again, so that her matches and notices stay those of an
 * active search.
 */
export function offMarket(histories: Pick<DemoHistories, 'openToWork'>, featured?: number): number[] {
  return [...new Set(histories.openToWork.map((row) => row.candidate))].filter((c) => c !== featured);
}

/** Two applications and one pending introduction for the featured candidate, where they have none. */
function feature(
  out: DemoHistories,
  candidate: number,
  seed: number,
  now: Date,
  positions: readonly DemoPositionInput[],
) {
  const rng = rngFor(seed, 'demo-featured', 0);
  const busy = new Set(
    [...out.applications, ...out.introductions]
      .filter((a) => a.candidate === candidate)
      .map((a) => a.position),
  );
  const free = positions
    .map((_, p) => p)
    .filter((p) => !busy.has(p))
    .slice(0, 3);
  for (const [n, position] of free.entries()) {
    const publishedAt = positions[position]?.publishedAt.getTime() ?? now.getTime();
    const createdAt = new Date(Math.max(publishedAt, now.getTime() - (n + 1) * 6 * DAY));
    if (n < 2) {
      const flow = simulateFlow(rng, createdAt, 'applied', now);
      out.applications.push({ candidate, position, origin: 'applied', createdAt, flow });
    } else {
      out.introductions.push({
        candidate,
        position,
        status: 'pending',
        declineReason: null,
        createdAt: new Date(now.getTime() - DAY),
        respondedAt: null,
        application: null,
      });
    }
  }
}
