import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { countriesQuery, tradeQuery } from '../data/queries';
import type { Measure, Partner, Reporter } from '../data/codes';
import { formatDate } from '../lib/format';
import { partnersBriefing, usePartnersModel } from '../features/trade/partners-model';
import type { TradeView } from '../features/trade/trade-model';
import { briefingSummary } from './briefing-summary';

interface BriefingSlideProps {
  /** The trade panel's view: its chart kind decides the headline (China's trade, or its share by partner). */
  tradeView: TradeView;
  country: Partner;
  measure: Measure;
  reporter: Reporter;
  year: number | null;
  map: ReactNode;
  chart: ReactNode;
}

/** A 16:9 slide for briefings: headline and key figure, map and chart, sources and date; no controls. */
export function BriefingSlide({ tradeView, country, measure, reporter, year, map, chart }: BriefingSlideProps) {
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const byPartner = tradeView.chart === 'partners';
  const { model: partners, partners: partnersFile } = usePartnersModel(tradeView, byPartner);
  const asOf = byPartner ? partnersFile.data?.asOf : trade.data?.asOf;
  const name = countries.data?.countries.find((c) => c.iso3 === country)?.name.en ?? country;
  const summary = byPartner
    ? partnersFile.data
      ? partnersBriefing(partners)
      : null
    : trade.data
      ? briefingSummary(trade.data, country, name, measure, reporter, year)
      : null;

  return (
    <div className="briefing">
      <header className="briefing-header">
        <div>
          <p className="briefing-kicker">China–Central Asia Trade &amp; Relations</p>
          <h1>{summary?.title ?? `China–${name} trade`}</h1>
          <p className="briefing-basis">{summary?.basis}</p>
        </div>
        {summary ? (
          <p className="key-figure">
            <span className="key-figure-value">{summary.figure ?? 'no figure'}</span>
            <span className="key-figure-change">{summary.change}</span>
          </p>
        ) : null}
      </header>
      <main className="briefing-body">
        {map}
        {chart}
      </main>
      <footer className="briefing-footer">
        <span>Sources are named under each figure.</span>
        <span>
          Data as of {asOf ? formatDate(asOf) : '—'} · {window.location.host}
          {window.location.pathname}
        </span>
      </footer>
    </div>
  );
}
