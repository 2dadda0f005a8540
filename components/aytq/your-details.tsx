import { Tag } from "@/components/govuk";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import type { YourDetails as YourDetailsModel } from "@/lib/qualifications";

export const CHANGE_DETAILS_HREF = "/qualifications/account";

/** Beside a "Change requested" tag: the waiting request itself. */
function ViewRequest({ what, reference }: { what: string; reference: string }) {
  return (
    <a className="govuk-link" href={ACCOUNT_PAGES.request(reference)}>
      View your request<span className="govuk-visually-hidden"> to change your {what}</span>
    </a>
  );
}

/**
 * The name on certificates and the TRN, beside the cards on a wide screen and below them on a
 * narrow one (the grid's columns stack). A plain list rather than a summary list: a summary
 * list's key and value columns are too cramped in a one-third column.
 */
export function YourDetails({ details }: { details: YourDetailsModel }) {
  return (
    <section aria-labelledby="your-details-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="your-details-heading">
        Your details
      </h2>
      <dl className="govuk-body">
        <dt className="govuk-!-font-weight-bold">Name on certificates</dt>
        <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3 govuk-!-text-break-word">
          {details.name}
          {details.nameChange ? (
            <>
              <br />
              <Tag colour="yellow" className="govuk-!-margin-top-1">
                {details.nameChange.tag}
              </Tag>{" "}
              <ViewRequest what="name" reference={details.nameChange.reference} />
            </>
          ) : null}
        </dd>
        <dt className="govuk-!-font-weight-bold">Teacher reference number (TRN)</dt>
        <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3">{details.trn}</dd>
        {details.dateOfBirthChange ? (
          <>
            <dt className="govuk-!-font-weight-bold">Date of birth</dt>
            <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3">
              <Tag colour="yellow">{details.dateOfBirthChange.tag}</Tag> <ViewRequest what="date of birth" reference={details.dateOfBirthChange.reference} />
            </dd>
          </>
        ) : null}
      </dl>
      <p className="govuk-body">
        <a className="govuk-link" href={CHANGE_DETAILS_HREF}>
          Change your details
        </a>
      </p>
    </section>
  );
}
