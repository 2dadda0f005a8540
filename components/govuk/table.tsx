import type { Key, ReactNode } from "react";
import { classNames, hasContent } from "./class-names";

/** `govuk-table__header--numeric` / `govuk-table__cell--numeric`: right-aligned, tabular figures. */
export type TableCellFormat = "numeric";

export interface TableHeadCell {
  children: ReactNode;
  format?: TableCellFormat;
  className?: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableCell {
  children: ReactNode;
  /** Ignored for a row's first cell when `firstCellIsHeader` is set, as in the template. */
  format?: TableCellFormat;
  className?: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableRow {
  /** React's key for the row (the Nunjucks macro has none). */
  key: Key;
  cells: TableCell[];
}

export interface TableProps {
  caption?: ReactNode;
  /** For example `govuk-table__caption--m`, or `govuk-visually-hidden` for a caption only screen readers read. */
  captionClassName?: string;
  /** The caption's id, for a scroll region's `aria-labelledby`. */
  captionId?: string;
  /** A row of column headers (`<th scope="col">`) in a `<thead>`. */
  head?: TableHeadCell[];
  /** Falsy rows are skipped, so callers can write `cond && row`. */
  rows: (TableRow | null | undefined | false)[];
  /** Each row's first cell is a row header, `<th scope="row">`. */
  firstCellIsHeader?: boolean;
  /** Added to the table, for example `govuk-table--small-text-until-tablet`. */
  className?: string;
}

/** govuk-frontend 6's table (components/table/template.njk). */
export function Table({ caption, captionClassName, captionId, head, rows, firstCellIsHeader, className }: TableProps) {
  return (
    <table className={classNames("govuk-table", className)}>
      {hasContent(caption) ? (
        <caption className={classNames("govuk-table__caption", captionClassName)} id={captionId}>
          {caption}
        </caption>
      ) : null}
      {head && head.length > 0 ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={classNames("govuk-table__header", cell.format && `govuk-table__header--${cell.format}`, cell.className)}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
              >
                {cell.children}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows
          .filter((row): row is TableRow => Boolean(row))
          .map((row) => (
            <tr key={row.key} className="govuk-table__row">
              {row.cells.map((cell, index) =>
                index === 0 && firstCellIsHeader ? (
                  <th key={index} scope="row" className={classNames("govuk-table__header", cell.className)} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.children}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={classNames("govuk-table__cell", cell.format && `govuk-table__cell--${cell.format}`, cell.className)}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                  >
                    {cell.children}
                  </td>
                ),
              )}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
