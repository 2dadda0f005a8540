import { CONTACT_EMAIL } from "@/lib/contact";

/** The contact address as a mailto link, allowed to wrap: unbroken it is wider than a 320 px screen. */
export function ContactEmailLink() {
  return (
    <a className="govuk-link govuk-!-text-break-word" href={`mailto:${CONTACT_EMAIL}`}>
      {CONTACT_EMAIL}
    </a>
  );
}
