import type { Overview } from '../../contracts/admin.js';
import type { Db } from '../../db/client.js';
import { listOutbox, readOutboxMessage } from '../mail/outbox.js';
import * as repo from './admin.repository.js';

const STAGE_ORDER = ['junior', 'mid', 'senior', 'staff', 'unknown'];

export type AdminService = ReturnType<typeof createAdminService>;

/** What platform admins see: marketplace counts and the local mail outbox. */
export function createAdminService(deps: { db: Db; outboxDir: string }) {
  return {
    async overview(): Promise<Overview> {
      const [accounts, byCountry, byStage, positionTotal] = await Promise.all([
        repo.countAccounts(deps.db),
        repo.countOrganisationsByCountry(deps.db),
        repo.countCandidatesByStage(deps.db),
        repo.countPositions(deps.db),
      ]);
      return {
        accounts,
        organisations: { total: byCountry.reduce((sum, c) => sum + c.count, 0), byCountry },
        candidatesByStage: byStage.sort(
          (a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage),
        ),
        positions: { total: positionTotal },
      };
    },
    listOutbox: () => listOutbox(deps.outboxDir),
    readOutbox: (id: string) => readOutboxMessage(deps.outboxDir, id),
  };
}
