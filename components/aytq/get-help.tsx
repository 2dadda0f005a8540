import { HELP_EMAIL } from "@/components/identity/contact-us";

/** "…contact us at <email>." The address may break anywhere: unbroken, it is wider than a 320px screen. */
export function GetHelp({ children }: { children: string }) {
  return (
    <p className="govuk-body">
      {children}{" "}
      <a className="govuk-link govuk-!-text-break-word" href={`mailto:${HELP_EMAIL}`}>
        {HELP_EMAIL}
      </a>
      .
    </p>
  );
}
