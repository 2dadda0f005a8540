import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface SummaryListAction {
  href: string;
  /** Usually "Change". */
  text: ReactNode;
  /** Hidden text after the link's text, naming what it changes (for example "name"). */
  visuallyHiddenText?: string;
  className?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
  actionsClassName?: string;
}

export interface SummaryListProps {
  /** Falsy rows are skipped, so callers can write `cond && row`. */
  rows: (SummaryListRow | null | undefined | false)[];
  /** Removes the row borders (`govuk-summary-list--no-border`). */
  noBorder?: boolean;
  className?: string;
  /** Set by `SummaryCard`: its title is added to every action's hidden text, "(title)". */
  cardTitle?: string;
}

/** An action link with its hidden text: " <visuallyHiddenText> (<card title>)". */
export function SummaryListActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: string }) {
  const hidden = [action.visuallyHiddenText && ` ${action.visuallyHiddenText}`, cardTitle && ` (${cardTitle})`].filter(Boolean).join("");
  return (
    <a className={classNames("govuk-link", action.className)} href={action.href}>
      {action.text}
      {hidden ? <span className="govuk-visually-hidden">{hidden}</span> : null}
    </a>
  );
}

export function SummaryList({ rows, noBorder, className, cardTitle }: SummaryListProps) {
  const shownRows = rows.filter((row): row is SummaryListRow => Boolean(row));
  const anyRowHasActions = shownRows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl className={classNames("govuk-summary-list", noBorder && "govuk-summary-list--no-border", className)}>
      {shownRows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={classNames("govuk-summary-list__row", anyRowHasActions && actions.length === 0 && "govuk-summary-list__row--no-actions", row.className)}
          >
            <dt className={classNames("govuk-summary-list__key", row.keyClassName)}>{row.key}</dt>
            <dd className={classNames("govuk-summary-list__value", row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 ? (
              <dd className={classNames("govuk-summary-list__actions", row.actionsClassName)}>
                {actions.length === 1 && actions[0] ? (
                  <SummaryListActionLink action={actions[0]} cardTitle={cardTitle} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, actionIndex) => (
                      <li key={actionIndex} className="govuk-summary-list__actions-list-item">
                        <SummaryListActionLink action={action} cardTitle={cardTitle} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
