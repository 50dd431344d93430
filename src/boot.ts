/**
 * The page's entry. It starts the view's data files, the worker that checks them and the chart's code,
 * then evaluates the app (main.tsx). Once the app's script runs, this thread is busy for a while (half a
 * second on a slow phone): the worker could neither start (it needs this thread for a moment) nor
 * receive the files. So the app waits until the worker has them, at most a fifth of a second.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './styles.css';
import { startView } from './app/start-loading';
import { parseView } from './app/url-state';
import { whenHandedOver } from './data/load-file';

startView(parseView(window.location.search));
await Promise.race([whenHandedOver(), new Promise((resolve) => setTimeout(resolve, 200))]);
await import('./main');
