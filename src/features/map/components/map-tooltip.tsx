import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { placeTooltip } from '../tooltip-position';

interface MapTooltipProps {
  /** The point it points at, relative to the map frame. */
  anchor: { x: number; y: number };
  /** The frame's size: the tooltip never leaves it, so it is never clipped. */
  bounds: { width: number; height: number };
  /** Pinned open with buttons: a small dialog rather than a tooltip. */
  interactive: boolean;
  id: string;
  label?: string;
  /** Closes a pinned tooltip: Escape gives the focus back to its marker; leaving it by Tab does not. */
  onClose: (refocus: boolean) => void;
  children: ReactNode;
}

/** A box beside the point under the mouse or the keyboard focus, shifted to stay inside the map. */
export function MapTooltip({ anchor, bounds, interactive, id, label, onClose, children }: MapTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const placed = useRef<{ anchor: unknown; bounds: unknown; text: string | null } | null>(null);

  // Measuring forces a layout of the whole page; a render that changed neither where the tooltip points
  // nor what it says (a new year elsewhere, a click on the hovered state) leaves it where it is.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const text = element.textContent;
    const last = placed.current;
    if (last?.anchor === anchor && last.bounds === bounds && last.text === text) return;
    placed.current = { anchor, bounds, text };
    setPosition(placeTooltip(anchor, { width: element.offsetWidth, height: element.offsetHeight }, bounds));
  }, [anchor, bounds, children]);

  // Escape and leaving by Tab close a pinned one; listeners on the element, as a dialog takes no handlers in JSX.
  useEffect(() => {
    const element = ref.current;
    if (!element || !interactive) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(true);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !element.contains(event.relatedTarget)) onClose(false);
    };
    element.addEventListener('keydown', onKey);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [interactive, onClose]);

  const style: CSSProperties = position
    ? { left: position.left, top: position.top }
    : { left: 0, top: 0, visibility: 'hidden' };

  if (!interactive) {
    return (
      <div ref={ref} id={id} role="tooltip" className="map-tooltip" style={style}>
        {children}
      </div>
    );
  }
  return (
    <div ref={ref} id={id} role="dialog" aria-label={label} className="map-tooltip is-pinned" style={style}>
      {children}
    </div>
  );
}
