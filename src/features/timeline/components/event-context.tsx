import type { CaEvent, Country, Source } from '../../../data/schemas';
import { formatChange, formatUsd } from '../../../lib/format';
import { eventHeading, eventWhen } from '../event-labels';
import type { TradeContext } from '../trade-context';

interface EventContextProps {
  related: readonly CaEvent[];
  trade: readonly TradeContext[];
  countries: readonly Country[];
  sources: readonly Source[];
  onSelect: (id: string) => void;
}

const FLOW_WORDS = {
  total: 'trade',
  china_exports: 'China’s exports to',
  china_imports: 'China’s imports from',
} as const;

/** Related events (to jump to) and the trade figures of the time, each with its source. */
export function EventContext({ related, trade, countries, sources, onSelect }: EventContextProps) {
  if (related.length === 0 && trade.length === 0) return null;
  const name = (code: string) =>
    code === 'CA5' ? 'the five Central Asian states' : (countries.find((c) => c.iso3 === code)?.name.en ?? code);
  const publisher = (id: string) => sources.find((s) => s.id === id);
  return (
    <section className="event-context" aria-label="Context">
      {trade.map(({ observation: o, previous, change }) => {
        const source = publisher(o.source);
        const period = o.period === 'annual' ? `${o.year}` : `${o.period.replace('-', '–')} ${o.year}`;
        const who = o.reporter === 'china' ? 'China’s customs' : `${name(o.partner)}’s statistics`;
        const what = o.flow === 'total' ? `${name(o.partner)}–China trade` : `${FLOW_WORDS[o.flow]} ${name(o.partner)}`;
        return (
          <p key={`${o.partner}${o.year}${o.period}${o.reporter}${o.flow}`} className="event-trade">
            <strong>Trade context:</strong> {what}, {period}: <strong>{formatUsd(o.value)}</strong>
            {previous && change !== null
              ? ` (${formatChange(change)} on ${formatUsd(previous.value)} in ${period.replace(String(o.year), String(previous.year))})`
              : ''}
            , as reported by {who}.{' '}
            <span className="source-line">
              Source:{' '}
              {source ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.publisher}
                </a>
              ) : (
                o.source
              )}
              {previous && previous.source !== o.source
                ? `; for ${previous.year}: ${publisher(previous.source)?.publisher ?? previous.source}`
                : ''}
            </span>
          </p>
        );
      })}
      {related.length > 0 ? (
        <div className="event-related">
          <span>Related:</span>
          {related.map((e) => (
            <button key={e.id} type="button" className="link-button" onClick={() => onSelect(e.id)}>
              {`${eventHeading(e)} (${eventWhen(e)})`}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
