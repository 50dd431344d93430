import { useId } from 'react';
import { DataMethodDialog } from '../features/data-method/components/data-method-dialog';
import type { Language } from '../i18n/languages';
import { EmbedDialog } from './embed-dialog';
import { LanguageSwitch } from './language-switch';
import { linkWithMode, type ViewState } from './url-state';
import { useCopy } from './use-copy';

interface ShareToolbarProps {
  view: ViewState;
  onTheme: (theme: ViewState['theme']) => void;
  onLanguage: (language: Language) => void;
}

/** Copy link, Embed and the theme: what a person needs to share or show this view. */
export function ShareToolbar({ view, onTheme, onLanguage }: ShareToolbarProps) {
  const { copy, message } = useCopy();
  const themeId = useId();
  return (
    <div className="share-toolbar">
      <button type="button" onClick={() => void copy(window.location.href, 'Link copied')}>
        Copy link
      </button>
      <a className="toolbar-link" href={linkWithMode(window.location.href, 'briefing')}>
        Briefing slide
      </a>
      <EmbedDialog view={view} />
      <DataMethodDialog />
      <label htmlFor={themeId}>Theme</label>
      <select id={themeId} value={view.theme} onChange={(e) => onTheme(e.target.value as ViewState['theme'])}>
        <option value="auto">Auto</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <LanguageSwitch onLanguage={onLanguage} />
      <span className="share-status" role="status">
        {message}
      </span>
    </div>
  );
}
