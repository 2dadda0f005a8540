import { Button } from "@/components/govuk";
import { ContactUs } from "@/components/identity/contact-us";

export interface StartPageContentProps {
  /** Where "Start now" goes. */
  startHref?: string;
}

/**
 * The body of the AyTQ start page (GOV.UK start page pattern). It promises only what the
 * service does: accounts come from the QTS email, and signing in needs only that email address.
 */
export function StartPageContent({ startHref = "/qualifications" }: StartPageContentProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Access your teaching qualifications</h1>
        <p className="govuk-body">Use this service to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>see your teaching qualifications</li>
          <li>
            download certificates for qualified teacher status (QTS), early years teacher status (EYTS), induction and national professional qualifications
            (NPQs)
          </li>
        </ul>

        <Button href={startHref} isStartButton className="govuk-!-margin-top-2 govuk-!-margin-bottom-8">
          Start now
        </Button>

        <h2 className="govuk-heading-m">Before you start</h2>
        <p className="govuk-body">
          You need a DfE Identity account. You set one up from the email we send you when you’re awarded qualified teacher status (QTS).
        </p>
        <p className="govuk-body">
          To sign in, you’ll need the email address you set up your account with. We’ll email you a link to sign in. You do not need a password.
        </p>
        <ContactUs>If you’ve been awarded QTS and cannot find the email, contact us at</ContactUs>
      </div>
    </div>
  );
}
