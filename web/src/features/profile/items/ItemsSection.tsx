import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileItem, ProfileItemKind } from '../../../../../src/contracts/profile.js';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SECTION_ANCHORS } from '../sectionAnchors';
import { DeleteItemButton } from './DeleteItemButton';
import { ItemEditor } from './ItemEditor';
import { ItemSummary } from './ItemSummary';
import { itemTitle } from './itemText';

interface ItemsSectionProps {
  kind: ProfileItemKind;
  items: ProfileItem[];
  /** Reloads the profile: skill evidence strength and completeness depend on the items. */
  onChanged: () => Promise<void>;
}

/** One card per kind of item (projects, roles, …): the list, and an inline editor for one item at a time. */
export function ItemsSection({ kind, items, onChanged }: ItemsSectionProps) {
  const { t } = useTranslation();
  const anchor = SECTION_ANCHORS[kind];
  const [editing, setEditing] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const addId = `${anchor}-add`;
  const editId = (id: string) => `${anchor}-edit-${id}`;

  // Once the editor has closed, put focus back on the control that belongs to what was edited.
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const close = (target: string) => {
    setEditing(null);
    setFocusTarget(target);
  };

  const saved = async (item: ProfileItem) => {
    await onChanged();
    setNotice(t('profile.items.saved', { title: itemTitle(item) }));
    close(editId(item.id));
  };

  return (
    <Card
      id={anchor}
      title={t(`profile.items.${kind}.title`)}
      description={t(`profile.items.${kind}.description`)}
      className="profile-section"
    >
      {/* Always present, so that screen readers announce what is put into it. */}
      <p className="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      {items.length === 0 && editing !== 'new' ? (
        <p className="muted">{t(`profile.items.${kind}.empty`)}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="item-list">
          {items.map((item) =>
            editing === item.id ? (
              <li key={item.id} className="item-list__item item-list__item--editing">
                <ItemEditor
                  kind={kind}
                  item={item}
                  onSaved={(updated) => void saved(updated)}
                  onCancel={() => close(editId(item.id))}
                />
              </li>
            ) : (
              <li key={item.id} className="item-list__item">
                <ItemSummary item={item} />
                <div className="item-list__actions">
                  <Button
                    id={editId(item.id)}
                    variant="secondary"
                    size="sm"
                    aria-label={t('profile.items.editLabel', { title: itemTitle(item) })}
                    onClick={() => {
                      setNotice(null);
                      setEditing(item.id);
                    }}
                  >
                    {t('profile.items.edit')}
                  </Button>
                  <DeleteItemButton
                    itemId={item.id}
                    title={itemTitle(item)}
                    onDeleted={() => {
                      setNotice(t('profile.items.deleted', { title: itemTitle(item) }));
                      setFocusTarget(addId);
                      void onChanged();
                    }}
                  />
                </div>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {editing === 'new' ? (
        <div className="item-list__new">
          <ItemEditor kind={kind} onSaved={(item) => void saved(item)} onCancel={() => close(addId)} />
        </div>
      ) : (
        <Button
          id={addId}
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
        >
          {t(`profile.items.${kind}.add`)}
        </Button>
      )}
    </Card>
  );
}
