import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadView } from './app/preload';
import { AppProvider } from './app/provider';
import { parseView } from './app/url-state';
import { RenderBoundary } from './components/render-boundary';
import { createQueryClient } from './lib/query-client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createQueryClient();
void preloadView(client, parseView(window.location.search));

createRoot(root).render(
  <StrictMode>
    <AppProvider client={client}>
      <RenderBoundary what="the dashboard">
        <App />
      </RenderBoundary>
    </AppProvider>
  </StrictMode>,
);
