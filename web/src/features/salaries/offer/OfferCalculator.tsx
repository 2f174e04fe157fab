import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offerRequestSchema } from '../../../../../src/contracts/salary-offer.js';
import { calculateOffer, type SalaryOfferResult } from '../../../api/salaries';
import { checkContract } from '../../../lib/contractErrors';
import { useFormatters } from '../../../lib/format';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import type { SalaryFilters } from '../salaryQuery';
import { useSalaryFormat } from '../useSalaryFormat';
import { OfferFields } from './OfferForm';
import { OfferResult } from './OfferResult';
import { followSlice, initialOfferDraft, offerRequestFromDraft } from './offerDraft';

/** The Gulf offer calculator: the offer's fields, then what it is worth and where it stands. */
export function OfferCalculator({ filters }: { filters: SalaryFilters }) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const formatters = useFormatters();
  const [draft, setDraft] = useState(() => initialOfferDraft(filters));
  const [result, setResult] = useState<SalaryOfferResult | null>(null);
  const [calculations, setCalculations] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const { formRef, alertRef, pending, fieldErrors, formError, submit } = useFormSubmit();

  // The offer is placed in the slice the page shows until the visitor picks another one here.
  const sliceKey = `${filters.roleFamily}|${filters.level}|${JSON.stringify(filters.geography)}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the slice's key is the trigger.
  useEffect(() => setDraft((current) => followSlice(current, filters)), [sliceKey]);

  // A new answer is announced by moving focus to its heading.
  useEffect(() => {
    if (calculations > 0) resultRef.current?.focus();
  }, [calculations]);

  const comparison = result?.breakdown.comparison;
  const taxDefault =
    comparison?.taxRateSource === 'default' && draft.compareTaxRate.trim() === ''
      ? t('salaries.offer.compareTaxRateDefault', {
          rate: format.percent(comparison.taxRate),
          country: draft.compareCountry
            ? formatters.country(draft.compareCountry)
            : t('salaries.offer.compareCountryNone'),
        })
      : null;

  const onSubmit = handleSubmit(() => {
    const body = offerRequestFromDraft(draft);
    return submit(
      () => {
        const checked = checkContract(offerRequestSchema, body, t);
        return checked.ok ? {} : checked.errors;
      },
      async () => {
        setResult(await calculateOffer(body));
        setCalculations((n) => n + 1);
      },
    );
  });

  return (
    <Card
      title={t('salaries.offer.title')}
      description={t('salaries.offer.intro')}
      className="salary-section offer-calculator"
      id="offer"
    >
      <form ref={formRef} className="form offer-form" noValidate onSubmit={onSubmit}>
        {formError ? (
          <Alert ref={alertRef} tone="danger" className="form__alert">
            {formError}
          </Alert>
        ) : null}
        <OfferFields draft={draft} onChange={setDraft} errors={fieldErrors} taxDefault={taxDefault} />
        <div className="form__actions">
          <Button type="submit" pending={pending}>
            {t('salaries.offer.submit')}
          </Button>
        </div>
      </form>
      {result ? (
        <OfferResult
          result={result}
          placementAsked={Boolean(draft.roleFamily && draft.level)}
          headingRef={resultRef}
        />
      ) : null}
    </Card>
  );
}
