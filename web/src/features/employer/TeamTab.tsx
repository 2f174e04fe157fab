import { useOrganisation } from './organisationContext';
import { InvitationsCard } from './team/InvitationsCard';
import { MembersCard } from './team/MembersCard';

/** Who is in the organisation, and who has been invited (owners only). */
export function TeamTab() {
  const { organisation, reload } = useOrganisation();
  return (
    <div className="stack stack--gap-6">
      <MembersCard organisation={organisation} onChanged={reload} />
      {organisation.myRole === 'owner' ? <InvitationsCard organisationId={organisation.id} /> : null}
    </div>
  );
}
