import { useState } from 'react';
import { saveBlob } from '../components/download/save-blob';
import { errorMessage } from '../lib/error-message';

/** The slide as a 1600 × 900 image, drawn at twice that, so that it stays sharp on a projector. */
export const SLIDE_SIZE = { width: 1600, height: 900, scale: 2 } as const;

/** Back to the dashboard, and the slide as an image: out of sight on the slide until pointed at or focused. */
export function BriefingTools({ pageLink, slide }: { pageLink: string; slide: () => HTMLElement | null }) {
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus('Drawing the slide…');
    try {
      const element = slide();
      if (!element) throw new Error('the slide is not on the page');
      const { buildSlideSvg, svgToPng } = await import('../components/download/export-image');
      const exported = await buildSlideSvg(element, SLIDE_SIZE, pageLink);
      saveBlob(await svgToPng(exported, SLIDE_SIZE.scale), 'china-central-asia-briefing-slide.png');
      setStatus('Saved china-central-asia-briefing-slide.png');
    } catch (error) {
      setStatus(`Could not draw the slide: ${errorMessage(error)}`);
    }
  };
  return (
    <nav className="briefing-tools" aria-label="Slide tools">
      <a href={pageLink}>Back to the dashboard</a>
      <button type="button" onClick={() => void download()}>
        Download slide
      </button>
      <span role="status">{status}</span>
    </nav>
  );
}
