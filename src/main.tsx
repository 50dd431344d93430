import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageRoot } from './app/language-root';
import { preloadView } from './app/preload';
import { AppProvider } from './app/provider';
import { parseView } from './app/url-state';
import { RenderBoundary } from './components/render-boundary';
import { activateMessages } from './i18n/i18n';
import { viewLanguage } from './i18n/languages';
import { fetchMessages } from './i18n/load-messages';
import { createQueryClient } from './lib/query-client';
import { endSnapshot } from './snapshot/show-snapshot';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * How long the first render waits for the view's data files: drawn with them, each panel renders once,
 * in a transition that React splits into short tasks. A file slower than this is drawn by its panel's
 * loading state, and later by a render of its own.
 */
const FIRST_RENDER_WAITS_MS = 2000;

const client = createQueryClient();
const view = parseView(window.location.search);
const language = viewLanguage(view.lang);
const preloaded = preloadView(client, view);
// Without its words the page has nothing to draw: a catalogue that cannot load fails the start (boot.ts).
const messages = fetchMessages(language);
await Promise.race([preloaded, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS))]);
activateMessages(language, await messages);

const app = createRoot(root);
startTransition(() => {
  app.render(
    <StrictMode>
      <AppProvider client={client}>
        <RenderBoundary what="the dashboard" onError={endSnapshot}>
          <LanguageRoot />
        </RenderBoundary>
      </AppProvider>
    </StrictMode>,
  );
});
