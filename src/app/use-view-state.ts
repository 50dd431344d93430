import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { currentSearch, parseView, serializeView, type ViewState } from './url-state';

const URL_CHANGE = 'dashboard:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type SetView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/** The view, read from the URL; `setView` writes a new history entry, so Back and Forward step through views. */
export function useViewState(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, getSearch, currentSearch);
  const view = useMemo(() => parseView(search), [search]);

  const setView = useCallback<SetView>((patch, options) => {
    const current = window.location.search;
    const next = serializeView({ ...parseView(current), ...patch }, current);
    if (next === current) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);

  return [view, setView];
}
