import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillSummary } from '../../../api/skills';
import { cx } from '../../../lib/cx';
import { useSkillSearch } from './useSkillSearch';

interface SkillPickerProps {
  label: string;
  hint?: string;
  initialQuery?: string;
  autoFocus?: boolean;
  /** Skills already on the profile: shown, but not offered again. */
  addedIds: ReadonlySet<string>;
  onPick: (skill: SkillSummary) => void;
  /** Escape on an empty box: lets a surrounding panel close. */
  onEscape?: () => void;
  /** What an option already chosen says; "Already on your profile" by default. */
  addedLabel?: string;
}

/**
 * An editable combobox with list autocomplete (the ARIA 1.2 pattern): typing searches names and aliases,
 * Down/Up move through the suggestions, Enter picks, Escape closes the list and then clears the box.
 * Focus stays in the box throughout; the active suggestion is conveyed with aria-activedescendant.
 */
export function SkillPicker({
  label,
  hint,
  initialQuery = '',
  autoFocus = false,
  addedIds,
  onPick,
  onEscape,
  addedLabel,
}: SkillPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(initialQuery !== '');
  const [active, setActive] = useState(-1);
  const search = useSkillSearch(query);
  const options = search.skills;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && query.trim() !== '' && options.length > 0;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // A new set of suggestions starts with none active, so Enter never picks something unseen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the suggestions change.
  useEffect(() => setActive(-1), [options]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const pick = (skill: SkillSummary) => {
    if (addedIds.has(skill.id)) return;
    onPick(skill);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const move = (delta: number) => {
    if (options.length === 0) return;
    setOpen(true);
    setActive((current) => {
      if (!expanded) return delta > 0 ? 0 : options.length - 1;
      return (current + delta + options.length) % options.length;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // Enter belongs to the picker, never to the form around it.
        event.preventDefault();
        const option = expanded && active >= 0 ? options[active] : undefined;
        if (option) pick(option);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else if (query !== '') setQuery('');
        else onEscape?.();
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  let status = '';
  if (query.trim() !== '') {
    if (search.status === 'loading' && options.length === 0) status = t('profile.skills.picker.searching');
    else if (search.status === 'error') status = t('profile.skills.picker.error');
    else if (search.status === 'ready' && options.length === 0)
      status = t('profile.skills.picker.noMatch', { query: query.trim() });
    else if (search.status === 'ready') status = t('profile.skills.picker.count', { count: options.length });
  }

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="combobox__control">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          className="field__input"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={cx(hint && hintId, statusId) || undefined}
          value={query}
          maxLength={80}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <div
          id={listboxId}
          role="listbox"
          aria-label={label}
          className="combobox__listbox"
          hidden={!expanded}
        >
          {options.map((skill, index) => {
            const added = addedIds.has(skill.id);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users pick with Enter in the combobox.
              <div
                key={skill.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                aria-disabled={added || undefined}
                className={cx(
                  'combobox__option',
                  index === active && 'combobox__option--active',
                  added && 'combobox__option--added',
                )}
                // Keep focus in the box so that the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(skill)}
              >
                <span className="combobox__name">{skill.name}</span>
                {skill.matchedAlias ? (
                  <span className="combobox__alias">
                    {t('profile.skills.picker.alias', { alias: skill.matchedAlias })}
                  </span>
                ) : null}
                {added ? (
                  <span className="combobox__added">{addedLabel ?? t('profile.skills.picker.added')}</span>
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
      <p id={statusId} className="combobox__status" role="status">
        {status}
      </p>
    </div>
  );
}
