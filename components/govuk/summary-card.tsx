import type { ReactNode } from "react";
import { classNames } from "./class-names";
import type { HeadingLevel } from "./panel";
import { SummaryList, SummaryListActionLink, type SummaryListAction, type SummaryListRow } from "./summary-list";

export interface SummaryCardProps {
  /** Text, because it is also added to every action's hidden text: "Change name (title)". */
  title?: string;
  /** What the title shows, when it needs markup (a reference kept on one line); `title` still names the card to actions. */
  titleContent?: ReactNode;
  /** The title's heading level; 2 by default. */
  headingLevel?: Exclude<HeadingLevel, 1>;
  titleClassName?: string;
  /** Actions about the whole card, shown beside the title. */
  actions?: SummaryListAction[];
  actionsClassName?: string;
  /** Falsy rows are skipped. */
  rows: (SummaryListRow | null | undefined | false)[];
  listClassName?: string;
  /** More content in the card after the list (for example a Details component). */
  children?: ReactNode;
  className?: string;
}

/** A summary list in a card, as govuk-frontend's summary list renders with its `card` option. */
export function SummaryCard({
  title,
  titleContent,
  headingLevel = 2,
  titleClassName,
  actions = [],
  actionsClassName,
  rows,
  listClassName,
  children,
  className,
}: SummaryCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={classNames("govuk-summary-card", className)}>
      <div className="govuk-summary-card__title-wrapper">
        {title ? <Heading className={classNames("govuk-summary-card__title", titleClassName)}>{titleContent ?? title}</Heading> : null}
        {actions.length === 1 && actions[0] ? (
          <div className={classNames("govuk-summary-card__actions", actionsClassName)}>
            <SummaryListActionLink action={actions[0]} cardTitle={title} />
          </div>
        ) : actions.length > 1 ? (
          <ul className={classNames("govuk-summary-card__actions", actionsClassName)}>
            {actions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                <SummaryListActionLink action={action} cardTitle={title} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} className={listClassName} cardTitle={title} />
        {children}
      </div>
    </div>
  );
}
