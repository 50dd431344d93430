import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { partnersQuery } from '../../data/queries';
import { usePartnerNames, useSourcesById } from '../../data/use-data';
import { loadPartnersModel, type Tracked } from './chart-code';
import type { TradeView } from './trade-model';

type ModelCode = Awaited<ReturnType<typeof loadPartnersModel>>;

/**
 * The code of the view by partner (partners-model.ts), once it is in: null while it loads. It is not
 * part of the first view's script; a view by partner starts its load with the page (start-loading.ts),
 * and the other views fetch it once they are idle (trade-panel.tsx).
 */
function useModelCode(enabled: boolean): { code: ModelCode | null; failure: unknown } {
  // The loader marks its promise fulfilled (chart-code.ts): once it is, the model is derived in this render.
  const loading = enabled ? (loadPartnersModel() as Tracked<ModelCode>) : null;
  const code = loading?.status === 'fulfilled' ? (loading.value ?? null) : null;
  // How the load ended, once it has: a render with it derives the model, or hands on the failure.
  const [ended, setEnded] = useState<{ loading: Promise<unknown>; error?: unknown } | null>(null);
  useEffect(() => {
    // Drawn without the code: drawn again once it is in (also when it came in since that render).
    if (!loading || code) return;
    let current = true;
    loading.then(
      () => current && setEnded({ loading }),
      (error: unknown) => current && setEnded({ loading, error }),
    );
    return () => {
      current = false;
    };
  }, [loading, code]);
  return { code, failure: ended?.loading === loading ? ended.error : null };
}

/**
 * The view's model; partners.json is fetched only while the view is shown. Null while the view's code or
 * file loads; `failure`, when its code could not be loaded.
 */
export function usePartnersModel(view: TradeView, enabled: boolean) {
  const partners = useQuery({ ...partnersQuery(), enabled });
  const { code, failure } = useModelCode(enabled);
  const names = usePartnerNames();
  const sourcesById = useSourcesById();
  const { country, from, to, year } = view;
  // Only for the view by partner: the other views would derive it on every change of state for nothing.
  const base = useMemo(
    () =>
      enabled && code
        ? code.partnersModel({ country, from, to, year: null }, { file: partners.data, names, sourcesById })
        : null,
    [enabled, code, country, from, to, partners.data, names, sourcesById],
  );
  const model = useMemo(
    () => (base && code ? code.atYear(base, partners.data, year) : null),
    [base, code, partners.data, year],
  );
  return { model, partners, failure };
}
