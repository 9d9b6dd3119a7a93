interface QuoteFilterProps {
  speakers: { key: string; name: string; count: number }[];
  channels: { name: string; count: number }[];
  total: number;
}

/**
 * Filters for the quote list, by speaker and channel. Rendered hidden: /quote-filter.js (a small plain
 * script, no framework) shows it and filters the server-rendered list as you choose, keeping the choice
 * in the URL (?speaker=…&channel=…). Without JavaScript the list is complete and the indexes above it
 * link to each speaker's group and each channel's quotes.
 */
export function QuoteFilter({ speakers, channels, total }: QuoteFilterProps) {
  return (
    <>
      <form id="quote-filter" className="filter-bar" aria-label="Filter quotes" hidden>
        <label>
          Speaker{' '}
          <select name="speaker" defaultValue="">
            <option value="">Everyone</option>
            {speakers.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Channel{' '}
          <select name="channel" defaultValue="">
            <option value="">Any</option>
            {channels.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <output aria-live="polite" data-total={total}>
          {total} of {total} quotes
        </output>
      </form>
      <script src="/quote-filter.js" defer />
    </>
  );
}
