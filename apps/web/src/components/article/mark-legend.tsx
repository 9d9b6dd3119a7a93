// The legend doubles as the highlight switches: unticking a box turns that kind of mark off through CSS
// (`:has(:checked)` in reader.css), so it works without JavaScript.
const KINDS = [
  { id: 'person', label: 'People', sample: 'solid underline' },
  { id: 'org', label: 'Organisations', sample: 'double underline' },
  { id: 'place', label: 'Places', sample: 'dotted underline' },
  { id: 'quote', label: 'Quotations', sample: 'shaded, speaker on hover' },
  { id: 'time', label: 'Dates', sample: 'dashed underline, date on hover' },
] as const;

export function MarkLegend() {
  return (
    <fieldset className="mark-legend">
      <legend>Highlights</legend>
      {KINDS.map((kind) => (
        <label key={kind.id} className="mark-toggle">
          <input type="checkbox" id={`show-${kind.id}`} name={`show-${kind.id}`} defaultChecked />{' '}
          <span className={`mark mark-${kind.id} legend-sample`}>{kind.label}</span>
          <span className="legend-hint"> ({kind.sample})</span>
        </label>
      ))}
    </fieldset>
  );
}
