import { useEffect, useState } from 'react';
import { linkFontFor } from '../i18n/cjk-font';
import { activateMessages, activeLanguage, t } from '../i18n/i18n';
import { LANGUAGE_NAMES, viewLanguage } from '../i18n/languages';
import { fetchMessages } from '../i18n/load-messages';
import { errorMessage } from '../lib/error-message';
import { App } from './app';
import { useViewState } from './use-view-state';

/**
 * The app in the view's language. A new language's messages are fetched first, the page staying in
 * the one shown meanwhile; then the app is drawn anew in it (the view itself is in the URL, the data
 * in the query cache, so nothing but the words changes).
 */
export function LanguageRoot() {
  const [view] = useViewState();
  const wanted = viewLanguage(view.lang);
  const [shown, setShown] = useState(activeLanguage);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (wanted === shown) return;
    let current = true;
    linkFontFor(wanted);
    fetchMessages(wanted).then(
      (messages) => {
        if (!current) return;
        activateMessages(wanted, messages);
        setProblem(null);
        setShown(wanted);
      },
      (error: unknown) => {
        if (current)
          setProblem(t('app.languageFailed', { language: LANGUAGE_NAMES[wanted], reason: errorMessage(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, shown]);

  useEffect(() => {
    document.title = t('app.title');
  }, [shown]);

  return (
    <>
      {problem && (
        <p className="language-problem" role="alert">
          {problem}
        </p>
      )}
      <App key={shown} />
    </>
  );
}
