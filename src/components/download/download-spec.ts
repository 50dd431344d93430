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
  /** The image's legend: a line sample per series (dashed where the series is), or a colour swatch per bin. */
  legend?: { label: string; color: string; dashed?: boolean; swatch?: boolean }[];
  /** The source line to print under the image, e.g. "Sources: IMF DOTS; China GACC". */
  sourceLine: string;
}
