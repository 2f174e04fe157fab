import type { z } from 'zod';
import type { fxRateBody } from '../../contracts/positions.js';
import { fieldError } from '../../core/errors.js';
import { DEFAULT_FLOATING_RATES, type FxTable, isPegged, listRates } from '../../core/money/index.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as repo from './positions.repository.js';
import { usdBand } from './usd-band.js';

export type FxService = ReturnType<typeof createFxService>;

/**
 * Rates for floating currencies: the seed table shipped in core/money, overridden by what admins
 * enter (the newest row on or before a day wins). Pegged currencies are constants and not editable.
 */
export function createFxService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function table(tx: Db = db): Promise<FxTable> {
    const rows = await repo.listFxRates(tx);
    return [
      ...DEFAULT_FLOATING_RATES,
      ...rows.map((r) => ({ currency: r.currency, ratePerUsd: r.ratePerUsd, asOf: r.asOf })),
    ];
  }

  return {
    table,

    async rates() {
      return listRates(await table(), now());
    },

    /** An admin sets a floating currency's rate; stored USD bands in that currency follow. */
    async setRate(admin: Actor, currency: string, body: z.infer<typeof fxRateBody>) {
      if (currency === 'USD' || isPegged(currency)) {
        throw fieldError('currency', `${currency} is pegged to the dollar; its rate is fixed.`);
      }
      if (body.asOf > now().toISOString().slice(0, 10))
        throw fieldError('asOf', 'A rate cannot date from the future.');
      await db.transaction(async (tx) => {
        await repo.upsertFxRate(tx, {
          currency,
          ratePerUsd: body.ratePerUsd,
          asOf: body.asOf,
          setBy: admin.id,
          createdAt: now(),
        });
        const current = await table(tx);
        for (const p of await repo.positionsInCurrency(tx, currency)) {
          const band = { min: p.salaryMin, max: p.salaryMax, currency, period: p.salaryPeriod };
          await repo.updatePosition(tx, p.id, usdBand(band, current));
        }
      });
      return listRates(await table(), now());
    },
  };
}
