import type { PositionRef } from '../../api/matching';

/** What a link to the explanation page may carry: the position already known (from a match card). */
export interface ExplainState {
  position?: Pick<PositionRef, 'id' | 'slug' | 'title'> & { organisation: { name: string } };
  /** Set by the form, so the answer takes focus once it arrives. */
  asked?: boolean;
}
