import { errorMessage } from '../lib/error-message';

/** Builds the failure notice with plain DOM calls: boot.ts carries no React. */
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
