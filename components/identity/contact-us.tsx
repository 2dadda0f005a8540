/** Where teachers get help with their link or account. */
export const HELP_EMAIL = "teaching.qualifications@example.com";

export function ContactUs({ children = "If you need help, contact us at" }: { children?: string }) {
  return (
    <p className="govuk-body">
      {children}{" "}
      {/* Unbroken, the address is wider than a 320px screen. */}
      <a className="govuk-link govuk-!-text-break-word" href={`mailto:${HELP_EMAIL}`}>
        {HELP_EMAIL}
      </a>
      .
    </p>
  );
}
