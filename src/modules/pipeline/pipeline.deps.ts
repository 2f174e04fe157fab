import type { Db } from '../../db/client.js';
import type { OrganisationService } from '../organisations/organisations.service.js';
import type { FxService } from '../positions/fx.service.js';

/** What every pipeline service needs; the clock is injected so tests can move it. */
export interface PipelineDeps {
  db: Db;
  now: () => Date;
  organisations: OrganisationService;
  fx: FxService;
  /**
   * After a hire, with the position's hires so far: closes it as filled once they reach its
   * headcount (the positions service's closeFilled).
   */
  closeFilled?: (tx: Db, positionId: string, hires: number) => Promise<boolean>;
}
