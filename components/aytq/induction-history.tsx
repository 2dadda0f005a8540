import { Fragment } from "react";
import { Details, SummaryList } from "@/components/govuk";
import type { InductionPeriodView } from "@/lib/qualifications";

/**
 * Each induction period as a short summary list inside a Details component, with a rule between
 * periods (inside a summary card the lists lose their last border and margin, and would run
 * together). Lists rather than a four-column table, which would not fit a phone's width; a
 * period still open has no end date or number of terms, and those rows are left out.
 */
export function InductionHistory({ periods }: { periods: InductionPeriodView[] }) {
  return (
    <Details summary="Induction history" className="govuk-!-margin-top-4 govuk-!-margin-bottom-0">
      {periods.map((period, index) => (
        <Fragment key={index}>
          {index > 0 ? <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" /> : null}
          <SummaryList
            rows={[
              { key: "Appropriate body", value: period.appropriateBody },
              { key: "Start date", value: period.startDate },
              period.endDate !== null && { key: "End date", value: period.endDate },
              period.numberOfTerms !== null && { key: "Number of terms", value: period.numberOfTerms },
            ]}
          />
        </Fragment>
      ))}
    </Details>
  );
}
