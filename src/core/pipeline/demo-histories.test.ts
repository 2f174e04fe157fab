import { describe, expect, it } from 'vitest';
import { rngFor } from '../demo/random.js';
import { simulateFlow } from './demo-flow.js';
import { generateHistories, offMarket } from './demo-histories.js';
import { isTerminal, type Stage } from './stages.js';
import { applyMove, type Move } from './transitions.js';

const DAY = 86_400_000;
const now = new Date('2026-11-20T10:00:00Z');
const positions = Array.from({ length: 40 }, (_, i) => ({
  publishedAt: new Date(now.getTime() - (i % 50) * DAY - DAY),
  organisation: i % 7,
}));

/** Replays a flow's events through the state machine: each must be a legal move by its side. */
function replay(events: ReturnType<typeof simulateFlow>['events']): Stage {
  let stage = events[0]?.to ?? 'applied';
  for (const event of events.slice(1)) {
    const move: Move =
      event.to === 'closed'
        ? event.side === 'organisation'
          ? { kind: 'reject', reason: 'other' }
          : { kind: 'withdraw' }
        : event.to === 'hired'
          ? { kind: 'hire' }
          : { kind: 'advance', to: event.to };
    expect(event.from).toBe(stage);
    stage = applyMove(stage, move, event.side).stage;
  }
  return stage;
}

describe('demo pipeline histories', () => {
  it('are deterministic for a seed and a clock', () => {
    const a = generateHistories({ seed: 7, now, candidates: 300, positions });
    const b = generateHistories({ seed: 7, now, candidates: 300, positions });
    expect(a).toEqual(b);
  });

  it('only make moves the state machine allows, in time order, never after now', () => {
    for (let i = 0; i < 500; i++) {
      const start = new Date(now.getTime() - (i % 60) * DAY);
      const flow = simulateFlow(
        rngFor(3, 'flow-test', i),
        start,
        i % 3 === 0 ? 'introduction' : 'applied',
        now,
      );
      expect(replay(flow.events)).toBe(flow.stage);
      const times = flow.events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
      if (flow.stage === 'hired') expect(flow.offer?.status).toBe('accepted');
      if (isTerminal(flow.stage) && flow.stage === 'closed') expect(flow.closedAt).not.toBeNull();
    }
  });

  it('puts each candidate in a position once, views once per day, and covers every stage', () => {
    const h = generateHistories({ seed: 2026, now, candidates: 600, positions });
    const pairs = h.applications.map((a) => `${a.position}:${a.candidate}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const views = h.views.map((v) => `${v.organisation}:${v.candidate}:${v.day.getTime()}`);
    expect(new Set(views).size).toBe(views.length);
    const stages = new Set(h.applications.map((a) => a.flow.stage));
    for (const stage of ['applied', 'screening', 'interviewing', 'hired', 'closed'])
      expect(stages).toContain(stage);
    expect(new Set(h.introductions.map((i) => i.status))).toEqual(
      new Set(['pending', 'accepted', 'declined']),
    );
    for (const intro of h.introductions.filter((i) => i.status === 'accepted'))
      expect(h.applications[intro.application ?? -1]?.origin).toBe('introduction');
  });

  it('take every hired candidate off the market but the featured job seeker, even when she was hired', () => {
    const h = generateHistories({ seed: 2026, now, candidates: 600, positions });
    const hired = [...new Set(h.openToWork.map((row) => row.candidate))];
    expect(hired.length).toBeGreaterThan(1);
    expect(offMarket(h).sort()).toEqual([...hired].sort());
    // The featured candidate here is one who was hired, so the exemption is exercised.
    const [featured] = hired;
    expect(offMarket(h, featured)).not.toContain(featured);
    expect(offMarket(h, featured)).toHaveLength(hired.length - 1);
  });
});
