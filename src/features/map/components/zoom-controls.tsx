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
    <div className="map-zoom" role="group" aria-label="Map zoom">
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (or Ctrl/⌘ + wheel)"
        disabled={zoom >= max}
        onClick={() => onZoom(Math.min(max, zoom * STEP))}
      >
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out"
        disabled={zoom <= min}
        onClick={() => onZoom(Math.max(min, zoom / STEP))}
      >
        −
      </button>
      <button type="button" aria-label="Reset zoom" title="Reset zoom" disabled={!canReset} onClick={onReset}>
        ⟲
      </button>
    </div>
  );
}
