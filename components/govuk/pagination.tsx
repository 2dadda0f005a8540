import { classNames } from "./class-names";

export interface PaginationProps {
  /** 1-based. */
  page: number;
  pages: number;
  /** The address of a page. */
  href: (page: number) => string;
  /** The navigation's label; "Pagination" by default. */
  landmarkLabel?: string;
  className?: string;
}

/** The numbers shown: first, last, current and its neighbours, with gaps as null (GOV.UK's pattern). */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, n] of sorted.entries()) {
    if (index > 0 && n - sorted[index - 1]! > 1) result.push(null);
    result.push(n);
  }
  return result;
}

/** GOV.UK's pagination for a list of numbered pages; nothing for a single page. */
export function Pagination({ page, pages, href, landmarkLabel = "Pagination", className }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav className={classNames("govuk-pagination", className)} aria-label={landmarkLabel}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageNumbers(page, pages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
              &ctdot;
            </li>
          ) : (
            <li key={n} className={classNames("govuk-pagination__item", n === page && "govuk-pagination__item--current")}>
              <a className="govuk-link govuk-pagination__link" href={href(n)} aria-label={`Page ${n}`} aria-current={n === page ? "page" : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
            </svg>
          </a>
        </div>
      ) : null}
    </nav>
  );
}
