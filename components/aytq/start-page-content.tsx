import { Button, InsetText } from "@/components/govuk";

export interface StartPageContentProps {
  /** Where "Start now" goes. */
  startHref?: string;
  /** Where returning users sign in. */
  signInHref?: string;
}

/** The body of the AyTQ start page (GOV.UK start page pattern), reusable by a link-aware version. */
export function StartPageContent({ startHref = "/qualifications", signInHref = "/sign-in" }: StartPageContentProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Access your teaching qualifications</h1>
        <p className="govuk-body">Use this service to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>view your teaching qualifications</li>
          <li>
            download certificates for qualified teacher status (QTS), early years teacher status (EYTS), induction
            and national professional qualifications (NPQs)
          </li>
          <li>keep your name and contact details up to date</li>
        </ul>

        <Button href={startHref} isStartButton className="govuk-!-margin-top-2 govuk-!-margin-bottom-8">
          Start now
        </Button>

        <h2 className="govuk-heading-m">Before you start</h2>
        <p className="govuk-body">You’ll need the email address you use for teaching.</p>
        <p className="govuk-body">
          You may also need your teacher reference number (TRN). It’s a 7-digit number on your QTS certificate
          and on letters about your teaching record. If you do not know it, you can{" "}
          <a className="govuk-link" href="https://www.gov.uk/find-a-lost-trn">
            find a lost TRN
          </a>
          .
        </p>
        <InsetText>
          You can sign in with your DfE Identity account. If you have used another Department for Education
          service for teachers, you may already have one.
        </InsetText>
        <p className="govuk-body">
          If you’ve used this service before, you can{" "}
          <a className="govuk-link" href={signInHref}>
            sign in to your DfE Identity account
          </a>
          .
        </p>
      </div>
    </div>
  );
}
