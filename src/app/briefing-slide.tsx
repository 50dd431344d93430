import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { countriesQuery, tradeQuery } from '../data/queries';
import type { Measure, Partner, Reporter } from '../data/codes';
import { inLanguage, t } from '../i18n/i18n';
import { formatDate } from '../lib/format';
import { usePartnersModel } from '../features/trade/use-partners-model';
import type { TradeView } from '../features/trade/trade-model';
import { briefingSummary, briefingTitle, partnersBriefing } from './briefing-summary';
import { BriefingTools, SLIDE_SIZE } from './briefing-tools';
import { linkWithMode } from './url-state';

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
  const slideRef = useRef<HTMLDivElement>(null);
  useSlideScale(slideRef);
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const byPartner = tradeView.chart === 'partners';
  const { model: partners, partners: partnersFile } = usePartnersModel(tradeView, byPartner);
  const asOf = byPartner ? partnersFile.data?.asOf : trade.data?.asOf;
  const countryName = countries.data?.countries.find((c) => c.iso3 === country)?.name;
  const name = countryName ? inLanguage(countryName) : country;
  const summary = partners
    ? partnersFile.data
      ? partnersBriefing(partners)
      : null
    : trade.data
      ? briefingSummary(trade.data, country, name, measure, reporter, year)
      : null;

  // The link a reader of the slide follows to the dashboard.
  const pageLink = linkWithMode(window.location.href, null);
  return (
    <div className="briefing" ref={slideRef}>
      <BriefingTools pageLink={pageLink} slide={() => slideRef.current} />
      <header className="briefing-header">
        <div>
          <p className="briefing-kicker">{t('app.title')}</p>
          <h1>{summary?.title ?? briefingTitle('total', name)}</h1>
          <p className="briefing-basis">{summary?.basis}</p>
        </div>
        {summary ? (
          <p className="key-figure">
            <span className="key-figure-value">{summary.figure ?? t('app.briefing.noFigure')}</span>
            <span className="key-figure-change">{summary.change}</span>
          </p>
        ) : null}
      </header>
      <main className="briefing-body">
        {map}
        {chart}
      </main>
      <footer className="briefing-footer">
        <span>{t('app.briefing.footer', { date: asOf ? formatDate(asOf) : '—' })}</span>
        <span className="briefing-link" translate="no">
          {pageLink}
        </span>
      </footer>
    </div>
  );
}

/** Below this width the slide is not drawn at all: a phone gets the same content stacked, scrolling. */
const PHONE_WIDTH = 720;

/**
 * The slide is laid out at 1600 × 900 and scaled to the window, so that whatever fits on the slide fits
 * on every screen (1280 × 720 as 1920 × 1080), nothing reflowed or clipped; a phone gets the stacked layout.
 */
function useSlideScale(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const slide = ref.current;
    if (!slide) return;
    const fit = () => {
      const phone = window.innerWidth < PHONE_WIDTH;
      const scale = Math.min(window.innerWidth / SLIDE_SIZE.width, window.innerHeight / SLIDE_SIZE.height);
      slide.classList.toggle('briefing-scaled', !phone);
      slide.style.setProperty('--slide-scale', phone ? '1' : String(scale));
      slide.style.setProperty(
        '--slide-left',
        phone ? '0px' : `${(window.innerWidth - SLIDE_SIZE.width * scale) / 2}px`,
      );
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref]);
}
