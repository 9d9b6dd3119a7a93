'use client';

import { useEffect, useState } from 'react';

interface QuoteFilterProps {
  speakers: { key: string; name: string; count: number }[];
  channels: { name: string; count: number }[];
  total: number;
}

const ALL = '';

/**
 * Instant filtering of the server-rendered quote list by speaker and channel. Without JavaScript the
 * list is complete and the index above it links to each speaker's group; this only hides what does not
 * match and keeps the choice in the URL (?speaker=…&channel=…) so a filtered view can be shared.
 */
export function QuoteFilter({ speakers, channels, total }: QuoteFilterProps) {
  const [ready, setReady] = useState(false);
  const [speaker, setSpeaker] = useState(ALL);
  const [channel, setChannel] = useState(ALL);
  const [shown, setShown] = useState(total);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setSpeaker(params.get('speaker') ?? ALL);
    setChannel(params.get('channel') ?? ALL);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    let count = 0;
    for (const group of document.querySelectorAll<HTMLElement>('#quote-groups > section')) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-speaker]')) {
        const match =
          (speaker === ALL || item.dataset.speaker === speaker) &&
          (channel === ALL || item.dataset.channel === channel);
        item.hidden = !match;
        if (match) visible++;
      }
      group.hidden = visible === 0;
      count += visible;
    }
    setShown(count);
    const params = new URLSearchParams();
    if (speaker) params.set('speaker', speaker);
    if (channel) params.set('channel', channel);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [ready, speaker, channel]);

  if (!ready) return null;
  return (
    <form className="filter-bar" aria-label="Filter quotes" onSubmit={(event) => event.preventDefault()}>
      <label>
        Speaker{' '}
        <select value={speaker} onChange={(event) => setSpeaker(event.target.value)}>
          <option value={ALL}>Everyone</option>
          {speakers.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Channel{' '}
        <select value={channel} onChange={(event) => setChannel(event.target.value)}>
          <option value={ALL}>Any</option>
          {channels.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({c.count})
            </option>
          ))}
        </select>
      </label>
      <output aria-live="polite">
        {shown} of {total} quotes
      </output>
    </form>
  );
}
