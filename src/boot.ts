/**
 * The page's entry. Under the startup screen (the title and a loading status, in index.html), it starts
 * the view's data files and the worker that checks them, the first view's snapshot where there is one
 * (shown once the files are known to be those it was drawn from), and once the screen is painted, the
 * download of the app's script. It waits until the worker has the files (at most a fifth of a second), then
 * starts the chart's code and evaluates the app (main.tsx). The order matters on a slow
 * phone: once the chart's code or the app's script runs, this thread is busy for a while (half a second
 * and more), and the worker could neither start (it needs this thread for a moment) nor receive the
 * files.
 */
// Every subset of Inter (Latin, Cyrillic…), each with its unicode-range: a page fetches only those it shows.
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles.css';
import { preloadAppAfterFirstPaint, startChartCode, startData } from './app/start-loading';
import { applyRootAttributes } from './app/root-attributes';
import { showStartupFailure } from './app/startup-failure';
import { parseView } from './app/url-state';
import { forgetStartedTexts, whenHandedOver } from './data/load-file';
import { viewLanguage } from './i18n/languages';
import { fetchMessages } from './i18n/load-messages';
import { endSnapshot, refuseLateSnapshot, showSnapshot } from './snapshot/show-snapshot';

/** How long the app's script waits, at most, for the first view's snapshot to be shown or refused. */
const SNAPSHOT_WAITS_MS = 1500;

const view = parseView(window.location.search);
const container = document.getElementById('root');
applyRootAttributes(view);
let settle: () => void = () => undefined;
const snapshotSettled = new Promise<void>((resolve) => (settle = resolve));
// While a snapshot may be shown, the rest waits for it (at most SNAPSHOT_WAITS_MS): the worker and its
// checks, the messages and the app's script (0.2 MB). On a slow network they would share the line with
// the data and the drawing the snapshot needs; a view without one settles this at once.
setTimeout(() => {
  refuseLateSnapshot();
  settle();
}, SNAPSHOT_WAITS_MS);
startData(view, snapshotSettled);
// The first view's snapshot, where there is one for this view and its data (snapshot/show-snapshot.ts).
// Once shown, the rest waits for its first paint too: what it requests before, the paint waited for.
const afterPaint = () => requestAnimationFrame(() => setTimeout(settle));
if (container)
  void showSnapshot(container, viewLanguage(view.lang)).then((refused) => (refused ? settle() : afterPaint()), settle);
else settle();
await snapshotSettled;
forgetStartedTexts();
// Fetched beside the app's script; main.tsx waits for it, and reports it if it fails.
fetchMessages(viewLanguage(view.lang)).catch(() => undefined);
preloadAppAfterFirstPaint();
await Promise.race([whenHandedOver(), new Promise((resolve) => setTimeout(resolve, 200))]);
startChartCode(view);
try {
  await import('./main');
} catch (error) {
  console.error('The app could not be loaded or run:', error);
  endSnapshot();
  if (container) showStartupFailure(container, error);
}
