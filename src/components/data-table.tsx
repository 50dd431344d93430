import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

interface DataTableProps {
  caption: string;
  className?: string;
  /** The cells of the one header row. */
  header: ReactNode;
  /** The body's rows. */
  children: ReactNode;
}

/** The numbers behind a chart: a captioned table with one header row, in a box that scrolls sideways. */
export function DataTable({ caption, className, header, children }: DataTableProps) {
  return (
    <TableScroll label={caption}>
      <table className={`data-table${className ? ` ${className}` : ''}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>{header}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
