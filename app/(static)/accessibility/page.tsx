import type { Metadata } from "next";
import { ContactEmailLink } from "@/components/layout/contact-email";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityStatementPage() {
  const email = <ContactEmailLink />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for Access your teaching qualifications</h1>
        <p className="govuk-body">
          This accessibility statement applies to the Access your teaching qualifications service and the DfE Identity account pages that you use to sign in to
          it.
        </p>
        <p className="govuk-body">
          This service is run by the Department for Education (DfE). We want as many people as possible to be able to use it. For example, that means you should
          be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate the whole service using just a keyboard</li>
          <li>navigate the whole service using speech recognition software</li>
          <li>listen to the whole service using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)</li>
          <li>use the service with JavaScript turned off</li>
        </ul>
        <p className="govuk-body">We’ve also made the text in the service as simple as possible to understand.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="https://mcmw.abilitynet.org.uk/">
            AbilityNet
          </a>{" "}
          has advice on making your device easier to use if you have a disability.
        </p>

        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">We know some parts of this service are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            the PDF certificates you can download are not tagged, so they may not work well with screen readers (what each one says is on your qualifications
            page, and anyone can check a certificate on the{" "}
            <a className="govuk-link" href="/check-a-certificate">
              Check a certificate
            </a>{" "}
            page, both in HTML)
          </li>
        </ul>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information about your teaching qualifications in a different format, such as accessible PDF, large print, easy read, audio recording or
          braille, email {email}.
        </p>
        <p className="govuk-body">We’ll consider your request and get back to you within 5 working days.</p>

        <h2 className="govuk-heading-m">Reporting accessibility problems with this service</h2>
        <p className="govuk-body">
          We’re always looking to improve the accessibility of this service. If you find any problems not listed on this page or think we’re not meeting
          accessibility requirements, email {email}.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint,{" "}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            contact the Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>
        <p className="govuk-body">
          If you live in Northern Ireland and are not happy with how we respond to your complaint,{" "}
          <a className="govuk-link" href="https://www.equalityni.org/Home">
            contact the Equality Commission for Northern Ireland (ECNI)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">Technical information about this service’s accessibility</h2>
        <p className="govuk-body">
          The Department for Education is committed to making its websites accessible, in accordance with the Public Sector Bodies (Websites and Mobile
          Applications) (No. 2) Accessibility Regulations 2018.
        </p>

        <h3 className="govuk-heading-s">Compliance status</h3>
        <p className="govuk-body">
          This service is partially compliant with the{" "}
          <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{" "}
          AA standard, due to the non-compliances listed below.
        </p>

        <h2 className="govuk-heading-m">Non-accessible content</h2>
        <p className="govuk-body">The content listed below is non-accessible for the following reasons.</p>
        <h3 className="govuk-heading-s">Non-compliance with the accessibility regulations</h3>
        <p className="govuk-body">
          The certificates are PDF documents without tags, so a screen reader may not read their contents in a sensible order. This fails WCAG 2.2 success
          criterion 1.3.1 (Info and relationships). The software we make them with cannot yet make tagged PDFs. Everything a certificate says is also on web
          pages: the teacher’s qualifications page shows each qualification and its date, and the Check a certificate page shows what a certificate says from
          the reference printed on it.
        </p>
        <p className="govuk-body">
          If you need a certificate in another format, such as a tagged PDF, large print or braille, email {email} with your teacher reference number (TRN) and
          the certificate you need. We’ll reply within 5 working days. We plan to publish tagged certificates by 31 March 2027.
        </p>

        <h2 className="govuk-heading-m">What we’re doing to improve accessibility</h2>
        <p className="govuk-body">
          We build the service with the GOV.UK Design System, whose components are tested with assistive technologies. We will arrange a full audit against WCAG
          2.2 AA before the service leaves beta.
        </p>

        <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
        <p className="govuk-body">This statement was prepared on 22 November 2026. It was last reviewed on 7 December 2026.</p>
        <p className="govuk-body">
          The service team tests every page against WCAG 2.2 AA with automated accessibility checks, with and without JavaScript, each time the service changes.
          The service has not yet been audited by an accessibility specialist.
        </p>
      </div>
    </div>
  );
}
