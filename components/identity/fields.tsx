// Questions asked both when setting up an account and when changing it on /account, so the
// wording and the rules' hints are the same in both places.
import { DateField, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { EMAIL_CODE_MINUTES } from "@/lib/identity/email-verification-rules";

export function MobileField({ label = "Mobile number" }: { label?: string }) {
  return (
    <TextField
      name="mobile"
      type="tel"
      label={{ text: label }}
      hint="For example, 07700 900 982 or +44 7700 900 982. For a number outside the UK, include the country code."
      autoComplete="tel"
      spellCheck={false}
      width={20}
    />
  );
}

export function DateOfBirthField({ legend }: { legend: string }) {
  return (
    <DateField
      name="dateOfBirth"
      legend={{ text: legend, isPageHeading: true, className: "govuk-fieldset__legend--l" }}
      hint="For example, 27 3 2007"
      autoCompletePrefix="bday"
    />
  );
}

export function EmailCodeField({ email }: { email: string }) {
  return (
    <TextField
      name="code"
      label={{ text: `Enter the 6-digit code we sent to ${email}`, className: "govuk-label--s govuk-!-text-break-word" }}
      width={5}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      extraLetterSpacing
    />
  );
}

/**
 * "Check your email": the code sent to an address someone wants to use, with "Send a new code"
 * (intent=resend) beside the main button. Inside an ActionForm whose action takes both.
 */
export function EmailCodeQuestion({
  email,
  submitText,
  otherEmailHref,
  hidden,
}: {
  email: string;
  submitText: string;
  otherEmailHref: string;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <>
      <h1 className="govuk-heading-l">Check your email</h1>
      <p className="govuk-body">
        We’ve sent a 6-digit code to <strong className="govuk-!-text-break-word">{email}</strong>. The code expires in {EMAIL_CODE_MINUTES} minutes.
      </p>
      <Form hidden={hidden}>
        <EmailCodeField email={email} />
        <div className="govuk-button-group">
          <SubmitButton>{submitText}</SubmitButton>
          <SubmitButton id="send-new-code" variant="secondary" name="intent" value="resend">
            Send a new code
          </SubmitButton>
        </div>
      </Form>
      <p className="govuk-body">Not received the email? Check your spam or junk folder, or send a new code.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={otherEmailHref}>
          Use a different email address
        </a>
      </p>
    </>
  );
}
