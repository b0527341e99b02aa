/** A <select> over directory entries (people, regions, enterprises), with an empty first choice. */
export function DirectorySelect({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">—</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
