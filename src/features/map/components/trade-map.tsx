import { memo, useMemo, useRef, type ReactNode } from 'react';
import { ComposableMap, ZoomableGroup } from 'react-simple-maps';
import { type Partner, PARTNERS } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import { isOnMap, regionProjection, type MapLayout } from '../../../geo/map-projection';
import type { MapShapes } from '../../../geo/map-shapes';
import { markerRadius, type MeetingPlace } from '../meeting-places';
import { byLongitude } from '../off-map-layout';
import { useMapTooltip } from '../use-map-tooltip';
import { MAX_ZOOM, MIN_ZOOM, useMapZoom, zoomGestureAllowed } from '../use-map-zoom';
import { useMapKeys } from '../use-map-keys';
import { CountryShapes, type StateStyle } from './country-shapes';
import { MapLabels } from './map-labels';
import { MapTooltip } from './map-tooltip';
import { OffMapPlaces } from './off-map-places';
import { PlaceMarkers } from './place-markers';
import { ZoomControls } from './zoom-controls';

interface TradeMapProps {
  shapes: MapShapes;
  layout: MapLayout;
  countries: ReadonlyMap<Partner, StateStyle>;
  names: ReadonlyMap<string, string>;
  capitals: readonly { iso3: string; name: string; coordinates: [number, number] }[];
  places: readonly MeetingPlace[];
  selected: Partner;
  selectedEvent: string | null;
  onSelect: (iso3: Partner) => void;
  onSelectEvent: (id: string) => void;
  countryTip: (iso3: Partner) => ReactNode;
  /** A place's events; with `choose`, each opens in the timeline. */
  placeTip: (place: MeetingPlace, choose: ((id: string) => void) | null) => ReactNode;
  label: string;
}

export const TradeMap = memo(function TradeMap(props: TradeMapProps) {
  const { shapes, layout, countries, names, capitals, places, selected, selectedEvent } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const projection = useMemo(() => regionProjection(layout), [layout]);
  const zoom = useMapZoom(layout, projection);
  const tooltip = useMapTooltip(frameRef);

  const [onMap, offMap] = useMemo(() => {
    const project = (p: [number, number]) => projection(p) ?? null;
    const inside = places.filter((p) => isOnMap(project, layout, p.coordinates));
    return [inside, byLongitude(places.filter((p) => !inside.includes(p)))];
  }, [places, projection, layout]);
  const discs = useMemo(
    () => onMap.map((p) => ({ city: p.city, coordinates: p.coordinates, radius: markerRadius(p.events.length) })),
    [onMap],
  );
  // On a phone the tooltip names them: there is no room beside the capitals.
  const named = useMemo(() => {
    const capitalCities = new Set(capitals.map((c) => c.name));
    return new Set(layout.name === 'narrow' ? [] : onMap.filter((p) => !capitalCities.has(p.city)).map((p) => p.key));
  }, [capitals, onMap, layout]);
  const currentKey = places.find((p) => p.events.some((e) => e.id === selectedEvent))?.key ?? null;
  const layoutShapes = shapes[layout.name];
  const drawn = useMemo(
    () => PARTNERS.filter((iso3) => layoutShapes.some((shape) => shape.iso3 === iso3)),
    [layoutShapes],
  );
  const keys = useMapKeys({
    layout,
    drawn,
    projection,
    onMap,
    offMap,
    selected,
    tooltip,
    onSelect: props.onSelect,
    onSelectEvent: props.onSelectEvent,
  });
  const pinnedKey = tooltip.tip?.pinned ? tooltip.tip.target.id : null;
  const placeProps = { ...keys.placeHandlers, currentKey, expandedKey: pinnedKey, tabStop: keys.placeStop };
  const choose = (id: string) => {
    tooltip.unpin(true);
    props.onSelectEvent(id);
  };
  const tipPlace =
    tooltip.tip?.target.kind === 'place' ? places.find((p) => p.key === tooltip.tip?.target.id) : undefined;

  return (
    <div className="map-frame" ref={frameRef}>
      <ZoomControls
        zoom={zoom.zoom}
        min={MIN_ZOOM}
        max={MAX_ZOOM}
        onZoom={zoom.setZoom}
        onReset={zoom.reset}
        canReset={!zoom.isHome}
      />
      <div className="map-svg" data-export-figure>
        <ComposableMap
          width={layout.width}
          height={layout.height}
          projection={projection}
          className="trade-map"
          style={{ aspectRatio: `${layout.width} / ${layout.height}` }}
          role="group"
          aria-label={props.label}
        >
          <defs>
            <pattern id="map-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="map-no-data-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="map-no-data-line" />
            </pattern>
          </defs>
          <rect width={layout.width} height={layout.height} className="map-water" aria-hidden="true" />
          <ZoomableGroup
            center={zoom.center}
            zoom={zoom.zoom}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            translateExtent={[
              [0, 0],
              [layout.width, layout.height],
            ]}
            filterZoomEvent={zoomGestureAllowed}
            onMoveEnd={({ coordinates, zoom: k }) => zoom.moved(coordinates, k)}
          >
            <CountryShapes
              shapes={layoutShapes}
              countries={countries}
              selected={selected}
              tabStop={keys.countryStop}
              handlers={keys.countryHandlers}
            />
            <MapLabels layout={layout} discs={discs} names={names} capitals={capitals} />
            <PlaceMarkers places={onMap} named={named} {...placeProps} />
          </ZoomableGroup>
          <OffMapPlaces layout={layout} places={offMap} {...placeProps} />
        </ComposableMap>
      </div>

      {tooltip.tip ? (
        <MapTooltip
          anchor={tooltip.tip.anchor}
          bounds={tooltip.tip.bounds}
          interactive={tooltip.tip.pinned}
          id="map-tooltip"
          label={tipPlace ? t('map.place.dialog', { city: tipPlace.city }) : undefined}
          onClose={keys.closePinned}
        >
          {tooltip.tip.target.kind === 'country'
            ? props.countryTip(tooltip.tip.target.id as Partner)
            : tipPlace
              ? props.placeTip(tipPlace, tooltip.tip.pinned ? choose : null)
              : null}
        </MapTooltip>
      ) : null}
    </div>
  );
});
