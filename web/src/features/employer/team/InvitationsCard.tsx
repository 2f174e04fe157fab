import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchInvitations,
  inviteMember,
  type MemberRole,
  revokeInvitation,
} from '../../../api/organisations';
import { useFormatters } from '../../../lib/format';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { useLoad } from '../../../lib/useLoad';
import { checkEmail } from '../../../lib/validate';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { ConfirmAction } from '../ConfirmAction';
import { isolate } from '../isolate';
import { MEMBER_ROLES, toMemberRole } from '../roles';
import { TableScroll } from '../TableScroll';

/** Owners invite colleagues by email with a role, and revoke invitations not yet accepted. */
export function InvitationsCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const load = useCallback(() => fetchInvitations(organisationId), [organisationId]);
  const invitations = useLoad(load);
  const form = useFormSubmit();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('recruiter');
  const [notice, setNotice] = useState<string | null>(null);

  const onSubmit = () => {
    setNotice(null);
    return form.submit(
      () => ({ email: checkEmail(email, t) }),
      async () => {
        const invitation = await inviteMember(organisationId, email.trim(), role);
        setNotice(t('employer.invitations.sent', { email: isolate(invitation.email) }));
        setEmail('');
        invitations.reload();
      },
    );
  };

  return (
    <Card title={t('employer.invitations.title')} description={t('employer.invitations.description')}>
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <div className="invite-row">
          <TextField
            label={t('employer.invitations.email')}
            name="email"
            type="email"
            autoComplete="off"
            inputMode="email"
            value={email}
            error={form.fieldErrors.email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          <SelectField
            label={t('employer.invitations.role')}
            name="role"
            value={role}
            error={form.fieldErrors.role}
            onChange={(e) => setRole(toMemberRole(e.target.value))}
          >
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`employer.roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" pending={form.pending}>
            {t('employer.invitations.send')}
          </Button>
        </div>
      </form>
      <h3 className="subheading invitations__title">{t('employer.invitations.pendingTitle')}</h3>
      <LoadBoundary state={invitations}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('employer.invitations.none')}</p>
          ) : (
            <TableScroll label={t('employer.invitations.tableLabel', { count: list.length })}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('employer.invitations.email')}</th>
                    <th scope="col">{t('employer.invitations.role')}</th>
                    <th scope="col">{t('employer.invitations.invitedBy')}</th>
                    <th scope="col">{t('employer.invitations.expires')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('employer.members.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row" className="ltr-cell">
                        <span className="ltr-value">{invitation.email}</span>
                      </th>
                      <td>{t(`employer.roles.${invitation.role}`)}</td>
                      <td dir="auto">{invitation.invitedBy}</td>
                      <td className="nowrap">{format.date(invitation.expiresAt)}</td>
                      <td>
                        <ConfirmAction
                          label={t('employer.invitations.revoke')}
                          ariaLabel={t('employer.invitations.revokeLabel', { email: invitation.email })}
                          question={t('employer.invitations.revokeQuestion', {
                            email: isolate(invitation.email),
                          })}
                          confirmLabel={t('employer.invitations.revokeConfirm')}
                          onConfirm={async () => {
                            await revokeInvitation(organisationId, invitation.id);
                            setNotice(
                              t('employer.invitations.revoked', { email: isolate(invitation.email) }),
                            );
                            invitations.reload();
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </LoadBoundary>
    </Card>
  );
}
