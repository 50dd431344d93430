import { useId } from 'react';

interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number) => void;
}

/** A labelled choice of year, newest first as given; disabled until there are years to choose from. */
export function YearSelect({ label, years, value, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={years.length === 0}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}
