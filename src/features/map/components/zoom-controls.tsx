import { t } from '../../../i18n/i18n';

interface ZoomControlsProps {
  zoom: number;
  min: number;
  max: number;
  onZoom: (zoom: number) => void;
  onReset: () => void;
  canReset: boolean;
}

const STEP = 1.6;

/** Zoom in, zoom out and reset; the wheel zooms only with Ctrl or ⌘, so the page still scrolls. */
export function ZoomControls({ zoom, min, max, onZoom, onReset, canReset }: ZoomControlsProps) {
  return (
    <div className="map-zoom" role="group" aria-label={t('map.zoom.group')}>
      <button
        type="button"
        aria-label={t('map.zoom.in')}
        title={t('map.zoom.inTitle')}
        disabled={zoom >= max}
        onClick={() => onZoom(Math.min(max, zoom * STEP))}
      >
        +
      </button>
      <button
        type="button"
        aria-label={t('map.zoom.out')}
        title={t('map.zoom.out')}
        disabled={zoom <= min}
        onClick={() => onZoom(Math.max(min, zoom / STEP))}
      >
        −
      </button>
      <button
        type="button"
        aria-label={t('map.zoom.reset')}
        title={t('map.zoom.reset')}
        disabled={!canReset}
        onClick={onReset}
      >
        ⟲
      </button>
    </div>
  );
}
