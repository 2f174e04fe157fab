import { CheckboxField } from '../../ui/CheckboxField';

interface CheckboxGroupProps<V extends string> {
  legend: string;
  name: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}

/** Several independent choices under one legend, e.g. the levels a search includes. */
export function CheckboxGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: CheckboxGroupProps<V>) {
  return (
    <fieldset className="subfields check-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? options.map((o) => o.value).filter((v) => v === option.value || value.includes(v))
                : value.filter((v) => v !== option.value),
            )
          }
        />
      ))}
    </fieldset>
  );
}
