import type { MapMeasure } from '../../../data/codes';
import type { CountryFigure } from '../country-figures';
import { mapMeasureWords } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import type { CountryLines } from '../map-text';
import { placeSummary, type MeetingPlace } from '../meeting-places';
import { TableScroll } from '../../../components/table-scroll';
import { DataText } from '../../../components/data-text';

interface MapTableProps {
  rows: { figure: CountryFigure; name: string; lines: CountryLines }[];
  places: readonly MeetingPlace[];
  measure: MapMeasure;
  caption: string;
}

/** The map's values and meeting places as tables: the text alternative, also for sighted users. */
export function MapTable({ rows, places, measure, caption }: MapTableProps) {
  return (
    <TableScroll label={caption} className="map-table">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.table.country')}</th>
            <th scope="col">{mapMeasureWords(measure).short}</th>
            <th scope="col">{t('map.table.change')}</th>
            <th scope="col">{t('map.table.rank')}</th>
            <th scope="col">{t('map.table.figuresBy')}</th>
            <th scope="col">{t('map.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ figure, name, lines }) => (
            <tr key={figure.iso3}>
              <th scope="row">{name}</th>
              <td className={figure.value === null ? 'no-data' : undefined}>{lines.value}</td>
              <td>{lines.change}</td>
              <td>{lines.rank}</td>
              <td>{lines.reporter}</td>
              <td>
                <DataText>{lines.source}</DataText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('map.table.placesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.table.city')}</th>
            <th scope="col">{t('map.table.events')}</th>
            <th scope="col">{t('map.table.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <tr key={place.key}>
              <th scope="row">{place.city}</th>
              <td>{placeSummary(place)}</td>
              <td>{place.events[0]?.title ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
