import { useState } from 'react';
import { saveBlob } from '../components/download/save-blob';
import { t } from '../i18n/i18n';
import { errorMessage } from '../lib/error-message';

/** The slide as a 1600 × 900 image, drawn at twice that, so that it stays sharp on a projector. */
export const SLIDE_SIZE = { width: 1600, height: 900, scale: 2 } as const;

/** Back to the dashboard, and the slide as an image: out of sight on the slide until pointed at or focused. */
export function BriefingTools({ pageLink, slide }: { pageLink: string; slide: () => HTMLElement | null }) {
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus(t('app.briefing.drawing'));
    try {
      const element = slide();
      if (!element) throw new Error(t('app.briefing.noSlide'));
      const { buildSlideSvg, svgToPng } = await import('../components/download/export-image');
      const exported = await buildSlideSvg(element, SLIDE_SIZE, pageLink);
      const file = 'china-central-asia-briefing-slide.png';
      saveBlob(await svgToPng(exported, SLIDE_SIZE.scale), file);
      setStatus(t('common.saved', { file }));
    } catch (error) {
      setStatus(t('app.briefing.drawFailed', { reason: errorMessage(error) }));
    }
  };
  return (
    <nav className="briefing-tools" aria-label={t('app.briefing.tools')}>
      <a href={pageLink}>{t('app.briefing.back')}</a>
      <button type="button" onClick={() => void download()}>
        {t('app.briefing.download')}
      </button>
      <span role="status">{status}</span>
    </nav>
  );
}
