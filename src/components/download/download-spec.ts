/** The numbers behind a view, as they go into a CSV file: one header row, then the values. */
export interface CsvTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * What a panel offers for download. The image is drawn from the element inside the panel marked
 * `data-export-figure` (an <svg>, or an element holding one), with the panel's title, subtitle,
 * legend, source line and the data's "as of" date around it.
 */
export interface PanelDownload {
  /** File name without extension, saying what it holds: `china-kazakhstan-trade-2015-2025`. */
  fileBase: string;
  /** The numbers behind the view, with reporter, unit and source columns where they apply. */
  table: () => CsvTable;
  /** Series to draw as the image's legend (label, colour, dashed); none for the map's own legend. */
  legend?: { label: string; color: string; dashed?: boolean }[];
  /** The source line to print under the image, e.g. "Sources: IMF DOTS; China GACC". */
  sourceLine: string;
}
