/**
 * Room for the map's capital names. The states' names come first; a capital's name goes on its
 * preferred side of the dot, else on the other, else it is left out (its dot stays, and the tooltip
 * names it): beside a state's name or across another meeting place's disc it would be unreadable, which
 * on a phone-sized map happens around the Ferghana valley. Labels and markers keep
 * their size on screen as the map zooms, so the room grows with the zoom and the names come back.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Point = [number, number];

/** Inter's average advance for mixed-case names, in em; generous, so that a near miss counts as a hit. */
const ADVANCE = 0.6;

/** Han characters, kana, hangul and full-width forms: each a whole em wide (the Chinese names). */
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A name's width in em. */
function advance(text: string): number {
  let width = 0;
  for (const character of text) width += FULL_WIDTH.test(character) ? 1 : ADVANCE;
  return width;
}

/** The box a one-line label takes, in map units: `at` is its anchor point, vertically centred. */
export function labelBox(at: Point, text: string, em: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = advance(text) * em;
  const left = anchor === 'start' ? at[0] : anchor === 'end' ? at[0] - width : at[0] - width / 2;
  return { left, right: left + width, top: at[1] - em / 2, bottom: at[1] + em / 2 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function discTouchesBox(centre: Point, radius: number, box: Box): boolean {
  const x = Math.min(Math.max(centre[0], box.left), box.right);
  const y = Math.min(Math.max(centre[1], box.top), box.bottom);
  return (centre[0] - x) ** 2 + (centre[1] - y) ** 2 < radius ** 2;
}

export interface CapitalLabel {
  iso3: string;
  name: string;
  at: Point;
  /** Preferably drawn to the left of the dot rather than the right. */
  left: boolean;
  /** Distance from the dot to the name, on screen. */
  gap: number;
}

export interface LabelRoom {
  capitals: readonly CapitalLabel[];
  /** The states' names, drawn centred on their points, at `stateEm`. */
  states: readonly { text: string; at: Point }[];
  stateEm: number;
  capitalEm: number;
  /** Meeting places' discs, by city: a capital's own disc is cleared by its gap. */
  discs: readonly { city: string; at: Point; radius: number }[];
  /** The zoom: labels and markers keep their screen size, so in map units they shrink by it. */
  k: number;
}

export type Side = 'left' | 'right';

/** The side of its dot each capital's name has room on; a capital with room on neither is not listed. */
export function capitalSides({ capitals, states, stateEm, capitalEm, discs, k }: LabelRoom): Map<string, Side> {
  const stateBoxes = states.map((s) => labelBox(s.at, s.text, stateEm / k, 'middle'));
  const fits = (capital: CapitalLabel, side: Side) => {
    const gap = capital.gap / k;
    const at: Point = [capital.at[0] + (side === 'left' ? -gap : gap), capital.at[1]];
    const box = labelBox(at, capital.name, capitalEm / k, side === 'left' ? 'end' : 'start');
    return (
      !stateBoxes.some((s) => boxesOverlap(box, s)) &&
      !discs.some((d) => d.city !== capital.name && discTouchesBox(d.at, d.radius / k, box))
    );
  };
  const sides = new Map<string, Side>();
  for (const capital of capitals) {
    const preferred: Side = capital.left ? 'left' : 'right';
    const other: Side = capital.left ? 'right' : 'left';
    const side = [preferred, other].find((s) => fits(capital, s));
    if (side) sides.set(capital.iso3, side);
  }
  return sides;
}
