import type { Metadata } from 'next';
import { QuoteFilter } from '../../src/components/quotes/quote-filter';
import { groupAnchor, QuoteGroups } from '../../src/components/quotes/quote-groups';
import { corpusIndex } from '../../src/data/corpus';
import { allQuoteGroups } from '../../src/data/quotes-view';
import { articleHref } from '../../src/lib/urls';

export const metadata: Metadata = {
  title: 'Quotes',
  description:
    'Every quotation in Dispatch stories, by speaker and channel, each linked to where it was said.',
};

export default async function QuotesPage() {
  const { groups, channels } = allQuoteGroups(await corpusIndex());
  const total = groups.reduce((sum, group) => sum + group.quotes.length, 0);
  const byChannel = channels.map((channel) => ({
    ...channel,
    quotes: groups.flatMap((g) => g.quotes).filter((q) => q.channel === channel.name),
  }));
  return (
    <>
      <h1>Quotes</h1>
      <p className="muted">
        {total} quotations from {groups.length} speakers. Each links to its place in the story.
      </p>
      <nav aria-label="Speakers" className="index-nav">
        <h2 className="index-title">Speakers</h2>
        <ul>
          {groups.map((group) => (
            <li key={group.key}>
              <a href={`#${groupAnchor(group.key)}`}>
                {group.name} ({group.quotes.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {byChannel.length > 0 ? (
        <nav aria-label="Channels" className="index-nav">
          <h2 className="index-title">Channels</h2>
          <ul>
            {byChannel.map((channel) => (
              <li key={channel.name}>
                {channel.name}:{' '}
                {channel.quotes.map((quote, i) => (
                  <span key={`${quote.articleId}-${quote.id}`}>
                    {i > 0 ? ', ' : ''}
                    <a href={articleHref(quote.articleId, quote.id)}>
                      {quote.speakerName} “
                      {quote.text.length > 40 ? `${quote.text.slice(0, 40)}…` : quote.text}”
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <QuoteFilter
        speakers={groups.map((g) => ({ key: g.key, name: g.name, count: g.quotes.length }))}
        channels={channels}
        total={total}
      />
      <QuoteGroups groups={groups} />
    </>
  );
}
