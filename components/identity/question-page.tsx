import type { ReactNode } from "react";
import { BackLink } from "@/components/govuk";

/**
 * One question page of the account set-up journey: a back link to the previous step and
 * the two-thirds column. The back link sits at the top of <main> because the route-group
 * layout owns the template's beforeContent slot.
 */
export function QuestionPage({ backHref, children }: { backHref?: string; children: ReactNode }) {
  return (
    <>
      {backHref ? <BackLink href={backHref} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  );
}
