import { expect } from '@playwright/test';
import type { DashboardPage } from '../pages/dashboard-page';
import { CHART_LINES } from './chart-parts';

export type PanelName = 'map' | 'trade' | 'timeline';

/** Waits until one panel has drawn its data: the map's countries, the chart's line, the first meeting. */
export async function waitForPanel(dashboard: DashboardPage, panel: PanelName) {
  if (panel === 'map') await expect(dashboard.country('Kazakhstan')).toBeVisible();
  if (panel === 'trade') await expect(dashboard.chart.locator(CHART_LINES).first()).toBeVisible();
  if (panel === 'timeline') await expect(dashboard.timeline.getByRole('listitem').first()).toBeVisible();
}

/** The ways the dashboard is shown: the full page and each embed, in light and dark. */
export const MODES: readonly { query: string; panels: readonly PanelName[] }[] = [
  { query: '', panels: ['map', 'trade', 'timeline'] },
  { query: '?theme=dark', panels: ['map', 'trade', 'timeline'] },
  { query: '?embed=map', panels: ['map'] },
  { query: '?embed=trade', panels: ['trade'] },
  { query: '?embed=timeline', panels: ['timeline'] },
  { query: '?embed=map&theme=dark&transparent=1', panels: ['map'] },
  { query: '?mode=briefing', panels: ['map', 'trade'] },
];
