import { useSyncExternalStore } from 'react';
import { useAssumedLayout } from '../../lib/assumed-layout';
import { NARROW_LAYOUT, NARROW_QUERY, WIDE_LAYOUT, type MapLayout } from '../../geo/map-projection';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The layout for the viewport, known at the first render, so the map never changes shape after loading. */
export function useMapLayout(): MapLayout {
  const assumed = useAssumedLayout();
  const narrow = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => assumed.narrow,
  );
  return narrow ? NARROW_LAYOUT : WIDE_LAYOUT;
}
