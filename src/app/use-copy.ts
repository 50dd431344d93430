import { useCallback, useState } from 'react';
import { t } from '../i18n/i18n';

/** Copies text to the clipboard and says whether it worked; some frames and browsers refuse. */
export function useCopy() {
  const [message, setMessage] = useState('');
  const copy = useCallback(async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(t('app.copyRefused'));
    }
  }, []);
  return { copy, message };
}
