import { Fragment, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProfileItem,
  type ProfileItemBody,
  type ProfileItemKind,
  profileItemBodySchema,
} from '../../../../../src/contracts/profile.js';
import { createItem, updateItem } from '../../../api/profile';
import { checkContract } from '../../../lib/contractErrors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { FormActions } from '../../../ui/FormActions';
import { FormAlert } from '../../auth/FormAlert';
import { ItemFieldInput } from './ItemFieldInput';
import {
  bodyFromDraft,
  draftFromItem,
  emptyDraft,
  ITEM_FIELDS,
  type ItemDraft,
  withoutBlankResults,
} from './itemDraft';
import { ResultsField } from './ResultsField';

interface ItemEditorProps {
  kind: ProfileItemKind;
  /** The item being edited; absent when adding a new one. */
  item?: ProfileItem;
  onSaved: (item: ProfileItem) => void;
  onCancel: () => void;
}

export function ItemEditor({ kind, item, onSaved, onCancel }: ItemEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useFormSubmit();
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? draftFromItem(item) : emptyDraft(kind)));
  const fields = ITEM_FIELDS[kind];

  // Start where the typing happens.
  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [form.formRef]);

  const setValue = (name: string, value: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [name]: value } }));

  const onSubmit = () => {
    const cleaned = withoutBlankResults(draft);
    setDraft(cleaned);
    let body: ProfileItemBody | null = null;
    return form.submit(
      () => {
        const checked = checkContract(profileItemBodySchema, bodyFromDraft(kind, cleaned), t);
        if (!checked.ok) return checked.errors;
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        onSaved(item ? await updateItem(item.id, body) : await createItem(body));
      },
    );
  };

  const title = item ? t(`profile.items.${kind}.editTitle`) : t(`profile.items.${kind}.newTitle`);
  return (
    <form
      ref={form.formRef}
      className="item-editor"
      noValidate
      aria-labelledby={headingId}
      onSubmit={handleSubmit(onSubmit)}
    >
      <h3 id={headingId} className="item-editor__title">
        {title}
      </h3>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <div className="form-grid">
        {fields.map((spec) => (
          <Fragment key={spec.name}>
            <div className={spec.wide ? 'form__wide' : undefined}>
              <ItemFieldInput
                spec={spec}
                value={draft.values[spec.name] ?? ''}
                error={form.fieldErrors[spec.name]}
                onChange={(value) => setValue(spec.name, value)}
              />
            </div>
            {/* Results belong right after the approach that produced them. */}
            {kind === 'project' && spec.name === 'approach' ? (
              <ResultsField
                results={draft.results}
                errors={form.fieldErrors}
                onChange={(results) => setDraft((d) => ({ ...d, results }))}
              />
            ) : null}
          </Fragment>
        ))}
      </div>
      <FormActions submit={t(`profile.items.${kind}.save`)} pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
