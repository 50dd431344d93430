import { useId } from 'react';
import { DataMethodDialog } from '../features/data-method/components/data-method-dialog';
import { t } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { EmbedDialog } from './embed-dialog';
import { LanguageSwitch } from './language-switch';
import { pageLinkWithMode, type ViewState } from './url-state';
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
      <button type="button" onClick={() => void copy(window.location.href, t('app.share.linkCopied'))}>
        {t('app.share.copyLink')}
      </button>
      <a className="toolbar-link" href={pageLinkWithMode('briefing')}>
        {t('app.share.briefing')}
      </a>
      <EmbedDialog view={view} />
      <DataMethodDialog />
      <label htmlFor={themeId}>{t('app.theme.label')}</label>
      <select id={themeId} value={view.theme} onChange={(e) => onTheme(e.target.value as ViewState['theme'])}>
        <option value="auto">{t('app.theme.auto')}</option>
        <option value="light">{t('app.theme.light')}</option>
        <option value="dark">{t('app.theme.dark')}</option>
      </select>
      <LanguageSwitch onLanguage={onLanguage} />
      <span className="share-status" role="status">
        {message}
      </span>
    </div>
  );
}
