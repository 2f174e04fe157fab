import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Profile,
  type VisibilitySettings,
  visibilitySchema,
  visibilitySettingsSchema,
} from '../../../../../src/contracts/profile.js';
import { saveVisibility } from '../../../api/profile';
import { checkContract } from '../../../lib/contractErrors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { Card } from '../../../ui/Card';
import { RadioCards } from '../../../ui/RadioCards';
import { FormAlert } from '../../auth/FormAlert';
import { SECTION_ANCHORS } from '../sectionAnchors';
import { BlockedDomainsField } from './BlockedDomainsField';

type Visibility = VisibilitySettings['visibility'];

interface VisibilityCardProps {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}

export function VisibilityCard({ profile, onSaved }: VisibilityCardProps) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [visibility, setVisibility] = useState<Visibility>(profile.visibility.visibility);
  const [blocked, setBlocked] = useState(profile.visibility.blockedDomains);
  const [saved, setSaved] = useState(false);

  const onSubmit = () => {
    setSaved(false);
    let body: VisibilitySettings | null = null;
    return form.submit(
      () => {
        const checked = checkContract(visibilitySettingsSchema, { visibility, blockedDomains: blocked }, t);
        if (!checked.ok) return checked.errors;
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        onSaved(await saveVisibility(body));
        setSaved(true);
      },
    );
  };

  return (
    <Card
      id={SECTION_ANCHORS.visibility}
      title={t('profile.visibility.title')}
      description={t('profile.visibility.description')}
      className="profile-section"
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {saved ? (
          <Alert
            tone="success"
            actions={
              <ButtonLink
                to={`/profile/preview?mode=${visibility === 'anonymous' ? 'anonymous' : 'verified_employers'}`}
                variant="secondary"
                size="sm"
              >
                {t('profile.visibility.seePreview')}
              </ButtonLink>
            }
          >
            {t('profile.visibility.saved')}
          </Alert>
        ) : null}
        <RadioCards
          legend={t('profile.visibility.legend')}
          name="visibility"
          value={visibility}
          stacked
          error={form.fieldErrors.visibility}
          onChange={setVisibility}
          options={visibilitySchema.options.map((value) => ({
            value,
            label: t(`profile.visibility.options.${value}.label`),
            description: t(`profile.visibility.options.${value}.description`),
          }))}
        />
        <BlockedDomainsField value={blocked} error={form.fieldErrors.blockedDomains} onChange={setBlocked} />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('profile.visibility.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
