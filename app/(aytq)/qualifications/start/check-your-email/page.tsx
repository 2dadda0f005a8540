import type { Metadata } from "next";
import { ContactUs } from "@/components/identity/contact-us";
import { COOKIES, readCookie } from "@/lib/http/cookies";

export const metadata: Metadata = { title: "Check your email" };

/** After asking for a new link: the same answer whether or not the address matched. */
export default async function NewLinkSentPage() {
  const email = await readCookie(COOKIES.newLink);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          {email ? (
            <>
              If <strong className="govuk-!-text-break-word">{email}</strong> matches the email address we sent your first link to, we’ve sent a new link to it.
            </>
          ) : (
            <>If the email address you entered matches the one we sent your first link to, we’ve sent a new link to it.</>
          )}
        </p>
        <p className="govuk-body">Use the link in the new email to set up your account. The old link no longer works.</p>
        <h2 className="govuk-heading-m">If you do not get an email</h2>
        <p className="govuk-body">Check your spam or junk folder. The email can take a few minutes to arrive.</p>
        <p className="govuk-body">
          If it still does not arrive, the address you entered may not be the one we have for you. Go back to the link in your first email to try another
          address.
        </p>
        <ContactUs>If you need help, contact us at</ContactUs>
      </div>
    </div>
  );
}
