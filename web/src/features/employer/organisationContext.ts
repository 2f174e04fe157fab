import { useOutletContext } from 'react-router';
import type { OrganisationView } from '../../api/organisations';

export interface OrganisationContext {
  organisation: OrganisationView;
  /** Fetch the organisation again after a change that alters it (settings, verification, membership). */
  reload: () => void;
}

/** The organisation the tabs under /organisation/:id share, loaded once by OrganisationLayout. */
export function useOrganisation(): OrganisationContext {
  return useOutletContext<OrganisationContext>();
}
