/**
 * Parts of a trade chart, whoever draws it: one state's chart is plain SVG until a reader comes to it
 * (src/features/trade/components/plain-line-chart.tsx), then Recharts; the other charts are Recharts.
 */
export const CHART_LINES = '.plain-chart-line, .recharts-line-curve';
export const YEAR_LABELS = '.plain-chart-x-labels text, .recharts-xAxis-tick-labels text';
export const VALUE_LABELS = '.plain-chart-y-labels text, .recharts-yAxis-tick-labels text';
export const CHART_SURFACE = 'svg.plain-chart-surface, svg.recharts-surface';
