/** What Recharts hands a tick renderer, as far as ours reads it. */
interface TickProps {
  x: number | string;
  y: number | string;
  payload: { value: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  className?: string;
}

/** Shifts text so that its top, middle or baseline sits on the tick's anchor point. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as one plain SVG `<text>`. Recharts' default label can wrap, so it measures every word
 * in the page first (a forced layout per tick); axis labels here are short and never wrap.
 */
export function plainTick(format: (value: number) => string) {
  return function PlainTick({ x, y, payload, textAnchor = 'middle', verticalAnchor = 'middle', className }: TickProps) {
    return (
      <text
        x={x}
        y={y}
        dy={DY[verticalAnchor]}
        textAnchor={textAnchor}
        className={className}
        fill="var(--muted)"
        fontSize={12}
      >
        {format(Number(payload.value))}
      </text>
    );
  };
}
