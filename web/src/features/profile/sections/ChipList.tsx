import { useTranslation } from 'react-i18next';

interface ChipListProps {
  label: string;
  chips: { value: string; text: string }[];
  onRemove: (value: string) => void;
  removeLabel: (text: string) => string;
}

/** Chosen values as chips, each with its own remove button. */
export function ChipList({ label, chips, onRemove, removeLabel }: ChipListProps) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.value} className="chip">
          <span className="chip__text">{chip.text}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={removeLabel(chip.text)}
            title={t('profile.remove')}
            onClick={() => onRemove(chip.value)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
