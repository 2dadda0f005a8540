import { Details, SummaryList } from "@/components/govuk";
import type { InductionPeriodView } from "@/lib/qualifications";

/**
 * Each induction period under a heading naming its appropriate body, with a short summary list
 * of its dates and terms, inside a Details component: headings keep the periods apart on a
 * phone, where a four-column table would not fit. A period still open has no end date or
 * number of terms, and those rows are left out.
 */
export function InductionHistory({ periods }: { periods: InductionPeriodView[] }) {
  return (
    <Details summary="Induction history" className="govuk-!-margin-top-4 govuk-!-margin-bottom-0">
      {periods.map((period, index) => (
        <div key={index}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{period.appropriateBody}</h3>
          <SummaryList
            className={index < periods.length - 1 ? "govuk-!-margin-bottom-6" : "govuk-!-margin-bottom-0"}
            rows={[
              { key: "Start date", value: period.startDate },
              period.endDate !== null && { key: "End date", value: period.endDate },
              period.numberOfTerms !== null && { key: "Number of terms", value: period.numberOfTerms },
            ]}
          />
        </div>
      ))}
    </Details>
  );
}
