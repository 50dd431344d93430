import { useEffect, useId, useRef } from 'react';
import { activeLanguage, t } from '../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language, LOCALES } from '../i18n/languages';

/** Set when the reader picks a language: the app is drawn anew in it, and the switch takes the focus back. */
let keepFocus = false;

/** The header's language switch: each language by its own name. */
export function LanguageSwitch({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!keepFocus) return;
    keepFocus = false;
    ref.current?.focus();
  }, []);
  return (
    <>
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        ref={ref}
        value={activeLanguage()}
        onChange={(event) => {
          keepFocus = document.activeElement === event.currentTarget;
          onLanguage(event.target.value as Language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={LOCALES[language]}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </>
  );
}
