import { errorMessage } from '../lib/error-message';
import { SITE_TAGLINE, SITE_TITLE } from './site-text';
import type { ViewState } from './url-state';

/*
 * What the page shows before React runs, written by src/boot.ts with plain DOM calls (boot.ts carries no
 * React): on a slow device the app's script takes a second or more to arrive and run, and the page
 * would be blank meanwhile. React replaces it all on its first render.
 */

type StartupView = Pick<ViewState, 'embed' | 'mode'>;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/** The markup of components/loading-state.tsx, which React cannot draw yet. */
function loadingStatus(): HTMLElement {
  const status = element('div', 'loading-state startup-status');
  status.setAttribute('role', 'status');
  const pulse = element('span', 'loading-pulse');
  pulse.setAttribute('aria-hidden', 'true');
  status.append(pulse, element('span', '', 'Loading the dashboard…'));
  return status;
}

/** The page's title (on the full page) and a loading status, until the app renders. */
export function showStartupScreen(container: HTMLElement, view: StartupView): void {
  const main = element('main', '');
  main.append(loadingStatus());
  if (view.embed || view.mode === 'briefing') {
    container.replaceChildren(main);
    return;
  }
  // The same title and tagline as app/dashboard-header.tsx, in the same classes, so nothing moves.
  const header = element('header', 'site-header');
  const titles = element('div', '');
  titles.append(element('h1', '', SITE_TITLE), element('p', 'site-tagline', SITE_TAGLINE));
  header.append(titles);
  const page = element('div', 'page');
  page.append(header, main);
  container.replaceChildren(page);
}

/** Replaces the loading status with what went wrong, when the app's script could not be loaded or run. */
export function showStartupFailure(container: HTMLElement, error: unknown): void {
  const status = container.querySelector('.startup-status');
  const alert = element('div', 'error-state startup-failure');
  alert.setAttribute('role', 'alert');
  alert.append(
    element('p', 'error-title', 'The dashboard could not start.'),
    element(
      'p',
      '',
      `Its script did not load or failed to run (${errorMessage(error)}). Reload the page to try again.`,
    ),
  );
  if (status) status.replaceWith(alert);
  else container.replaceChildren(alert);
}
