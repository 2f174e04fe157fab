import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  changeMemberRole,
  fetchMembers,
  type Member,
  type MemberRole,
  type OrganisationView,
  removeMember,
} from '../../../api/organisations';
import { useAuth } from '../../../app/auth-context';
import { errorMessage } from '../../../i18n/errors';
import { useFormatters } from '../../../lib/format';
import { useLoad } from '../../../lib/useLoad';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { SelectField } from '../../../ui/SelectField';
import { ConfirmAction } from '../ConfirmAction';
import { isolate } from '../isolate';
import { MEMBER_ROLES, toMemberRole } from '../roles';
import { TableScroll } from '../TableScroll';

interface MembersCardProps {
  organisation: OrganisationView;
  onChanged: () => void;
}

/** Members with their roles; owners change roles and remove people, anyone can leave. */
export function MembersCard({ organisation, onChanged }: MembersCardProps) {
  const { t } = useTranslation();
  const load = useCallback(() => fetchMembers(organisation.id), [organisation.id]);
  const members = useLoad(load);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  return (
    <Card title={t('employer.members.title')} description={t('employer.members.description')}>
      {notice ? (
        <Alert tone={notice.tone} className="card__notice">
          {notice.text}
        </Alert>
      ) : null}
      <LoadBoundary state={members}>
        {(list) => (
          <MemberTable
            organisation={organisation}
            members={list}
            onNotice={setNotice}
            onChanged={() => {
              members.reload();
              onChanged();
            }}
          />
        )}
      </LoadBoundary>
    </Card>
  );
}

interface MemberTableProps {
  organisation: OrganisationView;
  members: Member[];
  onNotice: (notice: { tone: 'success' | 'danger'; text: string } | null) => void;
  onChanged: () => void;
}

function MemberTable({ organisation, members, onNotice, onChanged }: MemberTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user } = useAuth();
  const navigate = useNavigate();
  const isOwner = organisation.myRole === 'owner';
  const [roles, setRoles] = useState<Record<string, MemberRole>>({});
  const [saving, setSaving] = useState<string | null>(null);

  const saveRole = async (member: Member) => {
    const role = roles[member.userId];
    if (!role) return;
    setSaving(member.userId);
    onNotice(null);
    try {
      await changeMemberRole(organisation.id, member.userId, role);
      setRoles(({ [member.userId]: _, ...rest }) => rest);
      onNotice({
        tone: 'success',
        text: t('employer.members.roleChanged', {
          name: isolate(member.displayName),
          role: t(`employer.roles.${role}`),
        }),
      });
      onChanged();
    } catch (error) {
      onNotice({ tone: 'danger', text: errorMessage(error, t) });
    } finally {
      setSaving(null);
    }
  };

  return (
    <TableScroll label={t('employer.members.caption', { count: members.length })}>
      <table className="table">
        <caption className="visually-hidden">
          {t('employer.members.caption', { count: members.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('employer.members.name')}</th>
            <th scope="col">{t('employer.members.role')}</th>
            <th scope="col">{t('employer.members.joined')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('employer.members.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const self = member.userId === user?.id;
            const chosen = roles[member.userId] ?? member.role;
            return (
              <tr key={member.userId}>
                <th scope="row">
                  <span className="member__name" dir="auto">
                    {member.displayName}
                  </span>{' '}
                  {self ? <Badge tone="info">{t('employer.members.you')}</Badge> : null}
                  <span className="member__email ltr-value">{member.email}</span>
                </th>
                <td>
                  {isOwner ? (
                    <div className="role-edit">
                      <SelectField
                        label={t('employer.members.roleFor', { name: member.displayName })}
                        name={`role-${member.userId}`}
                        value={chosen}
                        onChange={(e) =>
                          setRoles((r) => ({ ...r, [member.userId]: toMemberRole(e.target.value) }))
                        }
                      >
                        {MEMBER_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`employer.roles.${role}`)}
                          </option>
                        ))}
                      </SelectField>
                      {chosen !== member.role ? (
                        <Button
                          size="sm"
                          pending={saving === member.userId}
                          aria-label={t('employer.members.saveRoleFor', { name: member.displayName })}
                          onClick={() => void saveRole(member)}
                        >
                          {t('employer.members.saveRole')}
                        </Button>
                      ) : null}
                    </div>
                  ) : (
                    t(`employer.roles.${member.role}`)
                  )}
                </td>
                <td className="nowrap">{format.date(member.joinedAt)}</td>
                <td>
                  {self ? (
                    <ConfirmAction
                      label={t('employer.members.leave')}
                      question={t('employer.members.leaveQuestion', {
                        organisation: isolate(organisation.name),
                      })}
                      confirmLabel={t('employer.members.leaveConfirm')}
                      onConfirm={async () => {
                        await removeMember(organisation.id, member.userId);
                        navigate('/organisation', { replace: true });
                      }}
                    />
                  ) : isOwner ? (
                    <ConfirmAction
                      label={t('employer.members.remove')}
                      ariaLabel={t('employer.members.removeLabel', { name: member.displayName })}
                      question={t('employer.members.removeQuestion', { name: isolate(member.displayName) })}
                      confirmLabel={t('employer.members.removeConfirm')}
                      onConfirm={async () => {
                        await removeMember(organisation.id, member.userId);
                        onNotice({
                          tone: 'success',
                          text: t('employer.members.removed', { name: isolate(member.displayName) }),
                        });
                        onChanged();
                      }}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
