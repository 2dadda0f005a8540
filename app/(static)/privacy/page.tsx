import type { Metadata } from "next";
import { ContactEmailLink } from "@/components/layout/contact-email";

export const metadata: Metadata = { title: "Privacy notice" };

export default function PrivacyNoticePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          This notice explains how the Department for Education uses your personal data when you use Access your teaching qualifications and your DfE Identity
          account.
        </p>

        <h2 className="govuk-heading-m">Who we are</h2>
        <p className="govuk-body">
          The Department for Education (DfE) is the data controller for the personal data processed by this service. This means we decide how your personal data
          is used and are responsible for keeping it safe.
        </p>
        <p className="govuk-body">Our address is Department for Education, Sanctuary Buildings, Great Smith Street, London, SW1P 3BT.</p>

        <h2 className="govuk-heading-m">The personal data we use</h2>
        <p className="govuk-body">We use:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your teacher reference number (TRN)</li>
          <li>your name, including any previous names</li>
          <li>your date of birth</li>
          <li>your email address</li>
          <li>your mobile phone number</li>
          <li>
            your qualifications: qualified teacher status (QTS), early years teacher status (EYTS), induction, initial teacher training, national professional
            qualifications (NPQs) and mandatory qualifications
          </li>
          <li>documents you send us to support a change to your name or date of birth, such as a marriage certificate or passport</li>
          <li>records of when you signed in and what you changed</li>
        </ul>
        <p className="govuk-body">
          Most of this comes from your teaching record, which is kept by DfE. The rest you give us when you set up or use your DfE Identity account.
        </p>

        <h2 className="govuk-heading-m">Why we use your data</h2>
        <p className="govuk-body">We use your personal data to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>confirm who you are when you sign in</li>
          <li>show you your teaching qualifications and let you download certificates</li>
          <li>keep your teaching record accurate and up to date</li>
          <li>contact you about your account and your teaching record</li>
          <li>protect the service and your data from fraud and misuse</li>
        </ul>

        <h2 className="govuk-heading-m">Our lawful basis for using your data</h2>
        <p className="govuk-body">
          We use your personal data because it is necessary to perform a task in the public interest or in the exercise of our official authority (Article
          6(1)(e) of the UK General Data Protection Regulation). That task is awarding, recording and confirming the qualifications and status of teachers in
          England.
        </p>

        <h2 className="govuk-heading-m">Who we share your data with</h2>
        <p className="govuk-body">
          We do not sell your personal data. We use suppliers to host the service and to send emails for us. They can only use your data to provide those
          services, under contract and on our instructions.
        </p>
        <p className="govuk-body">
          We may share your data with other public bodies, such as the Teaching Regulation Agency, when the law requires or allows us to.
        </p>

        <h2 className="govuk-heading-m">How long we keep your data</h2>
        <p className="govuk-body">
          Your teaching record is kept for as long as it is needed to confirm your qualifications to you and to employers. Your DfE Identity account is kept
          until you ask us to close it, or until it has not been used for 2 years. Documents you send to support a change are deleted 6 months after we make a
          decision.
        </p>

        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">Under data protection law, you have the right to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask for a copy of the personal data we hold about you</li>
          <li>ask us to correct personal data that is wrong</li>
          <li>ask us to restrict how we use your personal data</li>
          <li>object to how we use your personal data</li>
          <li>ask us to delete your personal data, where the law allows it</li>
        </ul>
        <p className="govuk-body">
          To use any of these rights, read{" "}
          <a className="govuk-link" href="https://www.gov.uk/government/organisations/department-for-education/about/personal-information-charter">
            DfE’s personal information charter
          </a>{" "}
          or email <ContactEmailLink />.
        </p>

        <h2 className="govuk-heading-m">How to complain</h2>
        <p className="govuk-body">
          If you’re unhappy with how we use your personal data, you can contact our data protection officer through{" "}
          <a className="govuk-link" href="https://www.gov.uk/contact-dfe">
            DfE’s contact form
          </a>
          .
        </p>
        <p className="govuk-body">
          You can also complain to the Information Commissioner’s Office (ICO). You can{" "}
          <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
            make a complaint on the ICO website
          </a>{" "}
          or call the ICO helpline on 0303 123 1113.
        </p>

        <h2 className="govuk-heading-m">Changes to this notice</h2>
        <p className="govuk-body">We may update this notice. This version was last updated on 22 November 2026.</p>
      </div>
    </div>
  );
}
