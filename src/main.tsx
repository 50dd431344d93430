import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadView } from './app/preload';
import { AppProvider } from './app/provider';
import { parseView } from './app/url-state';
import { RenderBoundary } from './components/render-boundary';
import { createQueryClient } from './lib/query-client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * How long the first render waits for the view's data files: drawn with them, each panel renders once,
 * in a transition that React splits into short tasks. A file slower than this is drawn by its panel's
 * loading state, and later by a render of its own.
 */
const FIRST_RENDER_WAITS_MS = 2000;

const client = createQueryClient();
const preloaded = preloadView(client, parseView(window.location.search));
await Promise.race([preloaded, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS))]);

const app = createRoot(root);
startTransition(() => {
  app.render(
    <StrictMode>
      <AppProvider client={client}>
        <RenderBoundary what="the dashboard">
          <App />
        </RenderBoundary>
      </AppProvider>
    </StrictMode>,
  );
});
