/**
 * The bench's reference page (`npm run bench`): the least a page built on this stack does for the three
 * timed measures, so that the bench can print how much of each figure the host and the stack take
 * before the dashboard adds anything. React draws five SVG shapes coloured by a year select, one
 * Recharts line chart of two series over 34 years, and a list. A shape's click redraws the chart with
 * that state's series, as a plain Recharts page would; the year select recolours the shapes only. The
 * chart has the dashboard's axes and grid (which spare Recharts measuring text) and, like the
 * dashboard's on its first view, no tooltip; the page is built with the dashboard's build options. No
 * data is fetched: the series are generated, and nothing here is shown to a reader of the dashboard.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { CHART_MARGIN, GRID_PROPS, VALUE_AXIS_PROPS, yearAxisProps } from '../../src/components/chart-config';

const STATES = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const YEARS = Array.from({ length: 34 }, (_, i) => 1992 + i);
const CHART_WIDTH = 760;

/** A smooth, state-specific pair of series; the shapes are what matter to the renderer, not the values. */
const seriesFor = (state: number) =>
  YEARS.map((year, i) => ({
    x: year + 0.5,
    china: Math.round((1 + state) * (i * i + 40 * Math.sin(i / 3 + state) + 50)),
    partner: Math.round((1 + state) * (i * i * 0.9 + 35 * Math.cos(i / 4 + state) + 60)),
  }));

const shade = (state: number, year: number) =>
  `hsl(${200 + ((state * 37 + year * 11) % 60)} 60% ${40 + (year % 5) * 6}%)`;

/** Five shapes coloured by the year chosen; the year is theirs alone, so changing it redraws only them. */
function Shapes({ selected, onSelect }: { selected: number; onSelect: (state: number) => void }) {
  const [year, setYear] = useState(YEARS.at(-1) ?? 2025);
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">Trade with China by country</h2>
      <label>
        Year{' '}
        <select
          value={year}
          onChange={(event) => {
            setYear(Number(event.target.value));
          }}
        >
          {YEARS.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <svg width={600} height={120} role="group" aria-label="States">
        {STATES.map((name, i) => (
          <path
            key={name}
            role="button"
            tabIndex={0}
            aria-label={`${name}: trade in ${year}`}
            aria-pressed={i === selected}
            fill={shade(i, year)}
            d={`M${10 + i * 115} 10h100v100h-100z`}
            onClick={() => {
              onSelect(i);
            }}
          />
        ))}
      </svg>
    </section>
  );
}

function Chart({ state }: { state: number }) {
  return (
    <section aria-labelledby="trade-title">
      <h2 id="trade-title">Total trade: China and {STATES[state]}</h2>
      <LineChart width={CHART_WIDTH} height={320} data={seriesFor(state)} margin={CHART_MARGIN}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis {...yearAxisProps(YEARS[0] ?? 1992, YEARS.at(-1) ?? 2025, CHART_WIDTH)} />
        <YAxis {...VALUE_AXIS_PROPS} />
        <Line dataKey="china" stroke="#0072b2" dot={false} isAnimationActive={false} />
        <Line dataKey="partner" stroke="#d55e00" dot={false} isAnimationActive={false} />
      </LineChart>
    </section>
  );
}

function Reference() {
  const [state, setState] = useState(0);
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '7fr 5fr', gap: 16, padding: 16, fontFamily: 'sans-serif' }}>
      <Shapes selected={state} onSelect={setState} />
      <Chart state={state} />
      <section aria-labelledby="events-title">
        <h2 id="events-title">Meetings and summits</h2>
        <ul>
          {YEARS.slice(-6).map((y) => (
            <li key={y}>Meeting in {y}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<Reference />);
