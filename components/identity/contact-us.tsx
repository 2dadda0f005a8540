import { ContactEmailLink } from "@/components/layout/contact-email";

/** "If you need help, contact us at <address>." with the page's own lead-in. */
export function ContactUs({ children = "If you need help, contact us at" }: { children?: string }) {
  return (
    <p className="govuk-body">
      {children} <ContactEmailLink />.
    </p>
  );
}
