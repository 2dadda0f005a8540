// The pages a magic link can lead to, by the state of its invitation. The start page shows
// them in place (GET changes nothing) and the actions redirect to their own URLs.
import type { ReactNode } from "react";
import { Button, InsetText } from "@/components/govuk";
import { ContactEmailLink } from "@/components/layout/contact-email";
import { ContactUs } from "./contact-us";

export const INVITATION_TITLES = {
  valid: "You’ve been awarded qualified teacher status (QTS)",
  used: "You already have an account",
  expired: "Your link has expired",
  invalid: "This link is not valid",
  emailInUse: "Your email address is already used by another account",
} as const;

function Column({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

/** A valid link: greet the teacher by their DQT first name; "Start now" posts the token. */
export function InvitationWelcome({
  firstName,
  token,
  startUrl,
}: {
  firstName: string;
  token: string;
  /** Where "Start now" posts the token. */
  startUrl: string;
}) {
  return (
    <Column>
      <h1 className="govuk-heading-xl">{firstName}, you’ve been awarded qualified teacher status (QTS)</h1>
      <p className="govuk-body">
        Congratulations. You can now use Access your teaching qualifications to see your teaching qualifications and download your QTS certificate.
      </p>
      <p className="govuk-body">First you’ll set up a DfE Identity account. We’ll ask for your:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>name</li>
        <li>date of birth</li>
        <li>mobile number</li>
      </ul>
      <p className="govuk-body">We’ll also ask you to confirm your email address. It takes about 5 minutes.</p>
      <p className="govuk-body">Then you’ll see your qualifications and your QTS certificate. Next time, you’ll sign in with your DfE Identity account.</p>
      <form method="post" action={startUrl}>
        <input type="hidden" name="trn_token" value={token} />
        <Button isStartButton preventDoubleClick className="govuk-!-margin-top-2 govuk-!-margin-bottom-8">
          Start now
        </Button>
      </form>
      <h2 className="govuk-heading-m">If you were not expecting this</h2>
      <p className="govuk-body">
        If you have not been awarded QTS, or this is not your name, do not continue. Nobody can set up an account with this link without confirming their
        details.
      </p>
      <ContactUs>If you think something is wrong, contact us at</ContactUs>
    </Column>
  );
}

/**
 * The link's invitation was used (or the record already has an account): sign in instead, or,
 * for someone already signed in, go straight to the qualifications.
 */
export function AlreadyHaveAccount({ signedIn = false }: { signedIn?: boolean }) {
  if (signedIn) {
    return (
      <Column>
        <h1 className="govuk-heading-l">{INVITATION_TITLES.used}</h1>
        <p className="govuk-body">You’ve already set up a DfE Identity account with this link, and you’re signed in.</p>
        <Button href="/qualifications">Go to your teaching qualifications</Button>
        <ContactUs>If you need help, contact us at</ContactUs>
      </Column>
    );
  }
  return (
    <Column>
      <h1 className="govuk-heading-l">{INVITATION_TITLES.used}</h1>
      <p className="govuk-body">You’ve already set up a DfE Identity account with this link.</p>
      <p className="govuk-body">
        Sign in with the email address you used for your account to see your teaching qualifications and download your certificates. We’ll email you a link to
        sign in. You do not need a password.
      </p>
      <Button href="/sign-in">Sign in</Button>
      <ContactUs>If you cannot sign in, contact us at</ContactUs>
    </Column>
  );
}

/** Revoked, unknown or malformed: nothing the teacher can do with this link. */
export function LinkNotValid() {
  return (
    <Column>
      <h1 className="govuk-heading-l">{INVITATION_TITLES.invalid}</h1>
      <p className="govuk-body">
        Check you copied the whole link from the email. If you copied it from the email into your browser, it may have been cut short.
      </p>
      <p className="govuk-body">
        If we’ve sent you a newer email about your teaching qualifications, use the link in that one: when we send a new link, the old one stops working.
      </p>
      <p className="govuk-body">
        If you already have a DfE Identity account, you can{" "}
        <a className="govuk-link" href="/sign-in">
          sign in
        </a>
        .
      </p>
      <ContactUs>If you still need help, contact us at</ContactUs>
    </Column>
  );
}

/** The invitation's address belongs to an account linked to another teaching record. */
export function EmailInUse() {
  return (
    <Column>
      <h1 className="govuk-heading-l">{INVITATION_TITLES.emailInUse}</h1>
      <p className="govuk-body">
        The email address we sent your link to is already used by a DfE Identity account that is linked to a different teaching record. We cannot use it to set
        up your account.
      </p>
      <p className="govuk-body">This can happen if you have more than one teaching record, or you share an email address.</p>
      <InsetText>
        Contact us at <ContactEmailLink /> and tell us your full name and date of birth. We’ll help you set up your account.
      </InsetText>
      <p className="govuk-body">
        If the account is yours, you can{" "}
        <a className="govuk-link" href="/sign-in">
          sign in
        </a>
        .
      </p>
    </Column>
  );
}
