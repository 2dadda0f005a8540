// Questions asked both when setting up an account and when changing it on /account, so the
// wording and the rules' hints are the same in both places.
import { DateField, TextField } from "@/components/forms/kit";

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
