import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Goals,
  goalsSchema,
  levelSchema,
  type Profile,
  remotePreferenceSchema,
  roleFamilySchema,
  trackSchema,
} from '../../../../../src/contracts/profile.js';
import { saveGoals } from '../../../api/profile';
import { checkContract } from '../../../lib/contractErrors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { CheckboxField } from '../../../ui/CheckboxField';
import { RadioCards } from '../../../ui/RadioCards';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { SECTION_ANCHORS } from '../sectionAnchors';
import { CountryListField } from './CountryListField';
import { MinimumPayField, type PayDraft } from './MinimumPayField';

type RemotePreference = Goals['remotePreference'];

interface GoalsCardProps {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}

export function GoalsCard({ profile, onSaved }: GoalsCardProps) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const { goals } = profile;
  const [roleFamily, setRoleFamily] = useState<string>(goals.targetRoleFamily ?? '');
  const [level, setLevel] = useState<string>(goals.targetLevel ?? '');
  const [track, setTrack] = useState<string>(goals.targetTrack ?? '');
  const [countries, setCountries] = useState(goals.desiredCountries);
  const [remote, setRemote] = useState<RemotePreference>(goals.remotePreference);
  const [relocate, setRelocate] = useState(goals.willingToRelocate);
  const [pay, setPay] = useState<PayDraft>({
    amount: goals.minimumPay ? String(goals.minimumPay.amount) : '',
    currency: goals.minimumPay?.currency ?? 'AED',
    period: goals.minimumPay?.period ?? 'month',
  });
  const [notice, setNotice] = useState(
    goals.noticePeriodWeeks === null ? '' : String(goals.noticePeriodWeeks),
  );
  const [openToWork, setOpenToWork] = useState(goals.openToWork);
  const [saved, setSaved] = useState(false);

  const onSubmit = () => {
    setSaved(false);
    let body: Goals | null = null;
    return form.submit(
      () => {
        const checked = checkContract(
          goalsSchema,
          {
            targetRoleFamily: roleFamily || null,
            targetLevel: level || null,
            targetTrack: track || null,
            desiredCountries: countries,
            remotePreference: remote,
            willingToRelocate: relocate,
            minimumPay:
              pay.amount.trim() === ''
                ? null
                : { amount: Number(pay.amount), currency: pay.currency, period: pay.period },
            noticePeriodWeeks: notice.trim() === '' ? null : Number(notice),
            openToWork,
          },
          t,
        );
        if (!checked.ok) return checked.errors;
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        onSaved(await saveGoals(body));
        setSaved(true);
      },
    );
  };

  const errors = form.fieldErrors;
  return (
    <Card
      id={SECTION_ANCHORS.goals}
      title={t('profile.goals.title')}
      description={t('profile.goals.description')}
      className="profile-section"
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {saved ? <Alert tone="success">{t('profile.goals.saved')}</Alert> : null}
        <CheckboxField
          name="openToWork"
          label={t('profile.goals.openToWork')}
          hint={t('profile.goals.openToWorkHint')}
          checked={openToWork}
          error={errors.openToWork}
          onChange={(e) => setOpenToWork(e.target.checked)}
        />
        <div className="form-grid form-grid--3">
          <SelectField
            label={t('profile.goals.roleFamily')}
            name="targetRoleFamily"
            value={roleFamily}
            error={errors.targetRoleFamily}
            onChange={(e) => setRoleFamily(e.target.value)}
          >
            <option value="">{t('profile.goals.notDecided')}</option>
            {roleFamilySchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`profile.goals.roleFamilies.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('profile.goals.level')}
            name="targetLevel"
            value={level}
            error={errors.targetLevel}
            onChange={(e) => setLevel(e.target.value)}
          >
            <option value="">{t('profile.goals.notDecided')}</option>
            {levelSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`profile.levels.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('profile.goals.track')}
            name="targetTrack"
            value={track}
            error={errors.targetTrack}
            onChange={(e) => setTrack(e.target.value)}
          >
            <option value="">{t('profile.goals.notDecided')}</option>
            {trackSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`profile.goals.tracks.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <CountryListField
          name="desiredCountries"
          value={countries}
          error={errors.desiredCountries}
          onChange={setCountries}
        />
        <RadioCards
          legend={t('profile.goals.remote.legend')}
          name="remotePreference"
          value={remote}
          compact
          error={errors.remotePreference}
          onChange={setRemote}
          options={remotePreferenceSchema.options.map((value) => ({
            value,
            label: t(`profile.goals.remote.options.${value}`),
          }))}
        />
        <CheckboxField
          name="willingToRelocate"
          label={t('profile.goals.relocate')}
          checked={relocate}
          error={errors.willingToRelocate}
          onChange={(e) => setRelocate(e.target.checked)}
        />
        <MinimumPayField value={pay} errors={errors} onChange={setPay} />
        <div className="form-grid">
          <TextField
            label={t('profile.goals.notice')}
            hint={t('profile.goals.noticeHint')}
            name="noticePeriodWeeks"
            type="number"
            inputMode="numeric"
            min={0}
            max={52}
            step={1}
            value={notice}
            error={errors.noticePeriodWeeks}
            onChange={(e) => setNotice(e.target.value)}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('profile.goals.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
