'use client';

/** A fieldset of checkboxes choosing some of `options`, in their order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange(next: T[]): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) => onChange(options.filter((o) => (o === option ? e.target.checked : value.includes(o))))}
          />{' '}
          {option}
        </label>
      ))}
    </fieldset>
  );
}
