import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import {
  employmentTypeSchema,
  type PositionBody,
  positionBody as positionContract,
} from '../../../../../../src/contracts/positions.js';
import { levelSchema, roleFamilySchema } from '../../../../../../src/contracts/profile.js';
import type { OrganisationView } from '../../../../api/organisations';
import {
  createPosition,
  type FxRate,
  fetchFxRates,
  type PositionView,
  updatePosition,
} from '../../../../api/positions';
import type { FieldErrors } from '../../../../i18n/errors';
import { checkContract } from '../../../../lib/contractErrors';
import { handleSubmit } from '../../../../lib/handleSubmit';
import { useFormSubmit } from '../../../../lib/useFormSubmit';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { Card } from '../../../../ui/Card';
import { PageHeader } from '../../../../ui/PageHeader';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { FormAlert } from '../../../auth/FormAlert';
import { canAttestFunding } from '../../roles';
import { toShownFields } from '../../shownFields';
import { dayFromNow } from '../lifecycle';
import { CompensationSection } from './CompensationSection';
import { DescriptionField } from './DescriptionField';
import { FundingCard } from './FundingCard';
import { LocationsSection } from './LocationsSection';
import { PublicPreview } from './PublicPreview';
import {
  draftFromPosition,
  newPositionDraft,
  type PositionDraft,
  parseAmount,
  positionBodyFrom,
} from './positionDraft';
import { SkillsSection } from './SkillsSection';
import { StatusCard } from './StatusCard';
import { useMarkdownPreview } from './useMarkdownPreview';

interface PositionEditorProps {
  organisation: OrganisationView;
  initial: PositionView | null;
}

/** Every field of a position in five cards, with its status, its funding and a public preview beside them. */
export function PositionEditor({ organisation, initial }: PositionEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useFormSubmit();
  const [position, setPosition] = useState(initial);
  const [draft, setDraft] = useState<PositionDraft>(() =>
    initial ? draftFromPosition(initial) : newPositionDraft(organisation),
  );
  const [saved, setSaved] = useState(
    (location.state as { created?: boolean } | null)?.created === true ? t('employer.editor.created') : null,
  );
  const [rates, setRates] = useState<FxRate[] | null>(null);
  const preview = useMarkdownPreview(draft.description, initial?.descriptionHtml);
  const errors = form.fieldErrors;

  useEffect(() => {
    let cancelled = false;
    // The preview's converted figure is a nicety: without rates it is simply left out.
    fetchFxRates().then(
      (loaded) => {
        if (!cancelled) setRates(loaded);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // A status or funding change outdates the "saved" banner; the cards announce their own outcome.
  const changed = (updated: PositionView) => {
    setSaved(null);
    setPosition(updated);
  };

  const set = (patch: Partial<PositionDraft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const clientErrors = (): FieldErrors => {
    const checked = checkContract(positionContract, positionBodyFrom(draft), t);
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!draft.roleFamily) found.roleFamily = t('employer.editor.chooseRoleFamily');
    if (!draft.level) found.level = t('employer.editor.chooseLevel');
    draft.locations.forEach((l, index) => {
      if (!l.country) found[`locations.${index}.country`] = t('employer.form.countryRequired');
    });
    if (draft.workplace === 'remote' && draft.remoteCountries.length === 0)
      found.remoteCountries = t('employer.editor.remote.required');
    const min = parseAmount(draft.salary.min);
    const max = parseAmount(draft.salary.max);
    if (min === 0) found['salary.min'] = t('fieldErrors.zero_minimum');
    if (min !== undefined && max !== undefined && max < min)
      found['salary.max'] = t('fieldErrors.band_order');
    return toShownFields(found, form.formRef.current);
  };

  const onSubmit = () => {
    setSaved(null);
    return form.submit(clientErrors, async () => {
      // The checks above passed, so the body is what the contract describes.
      const body = positionContract.parse(positionBodyFrom(draft)) satisfies PositionBody;
      if (!position) {
        const created = await createPosition({ ...body, organisationId: organisation.id });
        navigate(`/positions/${created.id}/edit`, { replace: true, state: { created: true } });
        return;
      }
      setPosition(await updatePosition(position.id, body));
      setSaved(t('employer.editor.saved'));
    });
  };

  return (
    <>
      <PageHeader
        eyebrow={organisation.name}
        title={position ? position.title : t('employer.editor.newTitle')}
        description={position ? undefined : t('employer.editor.newIntro')}
      />
      <div className="editor-layout">
        <form ref={form.formRef} className="form editor-form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          {saved ? <Alert tone="success">{saved}</Alert> : null}
          <Card title={t('employer.editor.sections.basics')}>
            <div className="form-grid">
              <div className="form__wide">
                <TextField
                  label={t('employer.editor.title')}
                  hint={t('employer.editor.titleHint')}
                  name="title"
                  dir="auto"
                  maxLength={160}
                  value={draft.title}
                  error={errors.title}
                  onChange={(e) => set({ title: e.target.value })}
                  required
                />
              </div>
              <SelectField
                label={t('employer.editor.roleFamily')}
                name="roleFamily"
                value={draft.roleFamily}
                error={errors.roleFamily}
                onChange={(e) => set({ roleFamily: roleFamilySchema.safeParse(e.target.value).data ?? '' })}
                required
              >
                <option value="">{t('employer.editor.choose')}</option>
                {roleFamilySchema.options.map((value) => (
                  <option key={value} value={value}>
                    {t(`profile.goals.roleFamilies.${value}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t('employer.editor.level')}
                name="level"
                value={draft.level}
                error={errors.level}
                onChange={(e) => set({ level: levelSchema.safeParse(e.target.value).data ?? '' })}
                required
              >
                <option value="">{t('employer.editor.choose')}</option>
                {levelSchema.options.map((value) => (
                  <option key={value} value={value}>
                    {t(`profile.levels.${value}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t('employer.editor.employmentType')}
                name="employmentType"
                value={draft.employmentType}
                error={errors.employmentType}
                onChange={(e) =>
                  set({ employmentType: employmentTypeSchema.safeParse(e.target.value).data ?? 'FULL_TIME' })
                }
              >
                {employmentTypeSchema.options.map((value) => (
                  <option key={value} value={value}>
                    {t(`employer.editor.employmentTypes.${value}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('employer.editor.headcount')}
                name="headcount"
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                step={1}
                value={draft.headcount}
                error={errors.headcount}
                onChange={(e) => set({ headcount: e.target.value })}
              />
              <TextField
                label={t('employer.editor.validThrough')}
                hint={t('employer.editor.validThroughHint')}
                name="validThrough"
                type="date"
                dir="ltr"
                min={dayFromNow(0)}
                max={dayFromNow(365)}
                value={draft.validThrough}
                error={errors.validThrough}
                onChange={(e) => set({ validThrough: e.target.value })}
              />
            </div>
          </Card>
          <Card title={t('employer.editor.sections.description')}>
            <DescriptionField
              value={draft.description}
              preview={preview}
              error={errors.description}
              onChange={(description) => set({ description })}
            />
          </Card>
          <Card title={t('employer.editor.sections.skills')} description={t('employer.editor.skills.intro')}>
            <SkillsSection
              required={draft.requiredSkills}
              niceToHave={draft.niceToHaveSkills}
              description={draft.description}
              errors={errors}
              onRequired={(requiredSkills) => set({ requiredSkills })}
              onNiceToHave={(niceToHaveSkills) => set({ niceToHaveSkills })}
            />
          </Card>
          <Card title={t('employer.editor.sections.location')}>
            <LocationsSection value={draft} errors={errors} onChange={set} />
          </Card>
          <Card title={t('employer.editor.sections.pay')} description={t('employer.editor.payIntro')}>
            <CompensationSection value={draft} errors={errors} onChange={set} />
          </Card>
          <div className="editor-actions">
            <Button type="submit" pending={form.pending}>
              {position ? t('employer.editor.save') : t('employer.editor.create')}
            </Button>
            {position ? null : <p className="form__fineprint">{t('employer.editor.createHint')}</p>}
          </div>
        </form>
        <div className="editor-aside">
          {position ? (
            <>
              <StatusCard position={position} onChanged={changed} />
              <FundingCard
                key={position.id}
                position={position}
                canAttest={canAttestFunding(organisation.myRole)}
                onChanged={changed}
              />
            </>
          ) : (
            <Card title={t('employer.funding.title')}>
              <p className="muted">{t('employer.funding.afterSave')}</p>
            </Card>
          )}
        </div>
      </div>
      <PublicPreview
        draft={draft}
        organisation={{
          name: organisation.name,
          logoUrl: organisation.logoUrl,
          verified: organisation.verified,
        }}
        fundingVerified={position?.funding.status === 'verified'}
        descriptionHtml={preview.html}
        rates={rates}
      />
    </>
  );
}
