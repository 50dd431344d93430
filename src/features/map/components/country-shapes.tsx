import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { isPartner, type Partner } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import type { MapShape } from '../../../geo/map-shapes';

export interface StateStyle {
  iso3: Partner;
  fill: string;
  /** Accessible name: the country's name first, then its figure. */
  label: string;
}

export interface CountryHandlers {
  onSelect: (iso3: Partner) => void;
  onKeyDown: (iso3: Partner, event: KeyboardEvent<SVGPathElement>) => void;
  onPoint: (iso3: Partner, event: MouseEvent<SVGPathElement> | FocusEvent<SVGPathElement>) => void;
  onLeave: () => void;
}

interface CountryShapesProps {
  /** The countries drawn for the map's layout. */
  shapes: readonly MapShape[];
  /** Kept stable by the map, so that a moving tooltip does not redraw the shapes. */
  handlers: CountryHandlers;
  countries: ReadonlyMap<Partner, StateStyle>;
  selected: Partner;
  /** The one state reached by Tab (roving tabindex), among those drawn; arrows move between them. */
  tabStop: Partner | null;
}

/** Neighbours muted, China in its own neutral style, the five states coloured and operable. */
export const CountryShapes = memo(function CountryShapes({
  shapes,
  countries,
  selected,
  tabStop,
  handlers: on,
}: CountryShapesProps) {
  const context = shapes.filter((shape) => !isPartner(shape.iso3));
  // In the same order whichever is selected: moving the clicked shape to the end (to draw its outline on
  // top) took the focus from it, and the focus events that followed redrew the map a second time.
  const partners = shapes.filter((shape) => isPartner(shape.iso3));
  const outline = partners.find((shape) => shape.iso3 === selected);
  return (
    <>
      <g aria-hidden="true">
        {context.map((shape) => (
          <path key={shape.key} d={shape.path} className={shape.iso3 === 'CHN' ? 'map-china' : 'map-context'} />
        ))}
      </g>
      <g role="group" aria-label={t('map.states.group')}>
        {partners.map((shape) => {
          const iso3 = shape.iso3 as Partner;
          const country = countries.get(iso3);
          const isSelected = iso3 === selected;
          return (
            <path
              key={shape.key}
              d={shape.path}
              data-iso3={iso3}
              role="button"
              tabIndex={iso3 === tabStop ? 0 : -1}
              aria-label={country?.label ?? iso3}
              aria-pressed={isSelected}
              className={`map-partner${isSelected ? ' is-selected' : ''}`}
              fill={country?.fill}
              onClick={() => on.onSelect(iso3)}
              onKeyDown={(event) => on.onKeyDown(iso3, event)}
              onMouseMove={(event) => on.onPoint(iso3, event)}
              onFocus={(event) => on.onPoint(iso3, event)}
              onMouseLeave={on.onLeave}
              onBlur={on.onLeave}
            />
          );
        })}
        {/* The selected state's outline over its neighbours'; it takes the focus ring's colour with the focus. */}
        {outline ? <path d={outline.path} className="map-selected-outline" aria-hidden="true" /> : null}
      </g>
    </>
  );
});
