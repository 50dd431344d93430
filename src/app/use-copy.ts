import { useCallback, useState } from 'react';

/** Copies text to the clipboard and says whether it worked; some frames and browsers refuse. */
export function useCopy() {
  const [message, setMessage] = useState('');
  const copy = useCallback(async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage('The browser did not allow copying: select the text and copy it.');
    }
  }, []);
  return { copy, message };
}
