import { useCallback, useEffect, useRef, useState, type RefObject, type SyntheticEvent } from 'react';

export type TipTarget = { kind: 'country'; id: string } | { kind: 'place'; id: string };

export interface Tip {
  target: TipTarget;
  anchor: { x: number; y: number };
  bounds: { width: number; height: number };
  /** Opened by a click or Enter on a place: it holds buttons and stays until closed. */
  pinned: boolean;
}

/** Where a pointer or a focused element is, relative to the map frame. */
function anchorOf(frame: HTMLElement, event: SyntheticEvent) {
  const box = frame.getBoundingClientRect();
  const native = event.nativeEvent;
  if (native instanceof MouseEvent) return { x: native.clientX - box.left, y: native.clientY - box.top };
  const target = event.currentTarget.getBoundingClientRect();
  return { x: target.left + target.width / 2 - box.left, y: target.top - box.top };
}

function sameTip(tip: Tip, target: TipTarget, anchor: Tip['anchor'], bounds: Tip['bounds']): boolean {
  return (
    tip.target.kind === target.kind &&
    tip.target.id === target.id &&
    tip.anchor.x === anchor.x &&
    tip.anchor.y === anchor.y &&
    tip.bounds.width === bounds.width &&
    tip.bounds.height === bounds.height
  );
}

/** The map's one tooltip: follows hover and focus, or is pinned open on a meeting place. */
export function useMapTooltip(frameRef: RefObject<HTMLDivElement | null>) {
  const [tip, setTip] = useState<Tip | null>(null);
  const opener = useRef<Element | null>(null);
  const pressed = useRef(false);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const press = () => (pressed.current = true);
    const release = () => (pressed.current = false);
    frame.addEventListener('pointerdown', press, { capture: true });
    frame.addEventListener('pointerup', release, { capture: true });
    frame.addEventListener('pointercancel', release, { capture: true });
    return () => {
      frame.removeEventListener('pointerdown', press, { capture: true });
      frame.removeEventListener('pointerup', release, { capture: true });
      frame.removeEventListener('pointercancel', release, { capture: true });
    };
  }, [frameRef]);

  const show = useCallback(
    (target: TipTarget, event: SyntheticEvent) => {
      const frame = frameRef.current;
      if (!frame) return;
      // Focus given by a press of the pointer: the pointer has placed the tooltip already; following the
      // focus would make it jump to the element's top, and cost the click a render of its own.
      if (event.type === 'focus' && pressed.current) return;
      // Read the event now: React clears currentTarget once the handler returns.
      const anchor = anchorOf(frame, event);
      const bounds = { width: frame.clientWidth, height: frame.clientHeight };
      // The same tip where nothing moved (the pointer's events as it presses at the same point): a new
      // one would have the tooltip measured again, laying the page out inside the click's render.
      setTip((current) =>
        current?.pinned || (current && sameTip(current, target, anchor, bounds))
          ? current
          : { target, anchor, bounds, pinned: false },
      );
    },
    [frameRef],
  );

  const hide = useCallback(() => setTip((current) => (current?.pinned ? current : null)), []);

  const pin = useCallback(
    (id: string, element: Element) => {
      const frame = frameRef.current;
      if (!frame) return;
      opener.current = element;
      const box = frame.getBoundingClientRect();
      const target = element.getBoundingClientRect();
      setTip({
        target: { kind: 'place', id },
        anchor: { x: target.left + target.width / 2 - box.left, y: target.top - box.top },
        bounds: { width: frame.clientWidth, height: frame.clientHeight },
        pinned: true,
      });
    },
    [frameRef],
  );

  /** Closes a pinned tooltip; with `refocus`, the marker that opened it gets the focus back. */
  const unpin = useCallback((refocus: boolean) => {
    setTip(null);
    if (refocus && opener.current instanceof SVGElement) opener.current.focus();
    opener.current = null;
  }, []);

  return { tip, show, hide, pin, unpin };
}
