import { useId } from 'react';

/** The year the map shows, newest first. */
export function YearSelect({
  years,
  value,
  onChange,
}: {
  years: number[];
  value: number | null;
  onChange: (year: number) => void;
}) {
  const id = useId();
  return (
    <div className="controls">
      <label htmlFor={id}>Year</label>
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
    </div>
  );
}
