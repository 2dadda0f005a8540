import type { Metadata } from "next";
import { Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";

export const metadata: Metadata = { title: "Cookies" };

// The cookies the service really sets: next-auth's, and ours (lib/http/cookies.ts COOKIES).
// Keep this table true when that changes.
const SESSION_COOKIES = [
  {
    name: "__Secure-next-auth.session-token",
    purpose: "Keeps you signed in to your DfE Identity account",
    expires: "When you sign out, after 60 minutes without using the service, or 12 hours after you signed in",
  },
  {
    name: "__Host-next-auth.csrf-token",
    purpose: "Protects signing in from requests made by other websites",
    expires: "When you close your browser",
  },
  {
    name: "__Secure-next-auth.callback-url",
    purpose: "Remembers which page to take you back to after you sign in",
    expires: "When you close your browser",
  },
  {
    name: "aytq_sign_in",
    purpose: "Remembers the email address you are signing in with while you enter the code we sent",
    expires: "After 15 minutes",
  },
  {
    name: "aytq_new_link",
    purpose: "Remembers the email address you entered to ask for a new link, to show it on the next page",
    expires: "After 15 minutes",
  },
  {
    name: "aytq_registration",
    purpose: "Remembers your answers while you set up your DfE Identity account, so you can come back to them",
    expires: "When your account is created, or when the link in your email expires",
  },
  {
    name: "aytq_known_device",
    purpose: "Remembers that you have signed in with this browser before, so that you can still ask for a sign-in email if someone else has asked for too many",
    expires: "After 180 days",
  },
  {
    name: "aytq_preview_pass",
    purpose: "Only on research versions of the service: remembers that you entered the research password",
    expires: "After 12 hours",
  },
];

export default function CookiesPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Cookies</h1>
        <p className="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
        <p className="govuk-body">
          Access your teaching qualifications and the DfE Identity account only use cookies that are needed to make the service work. We do not use cookies to
          collect analytics or to show you advertising, so we do not ask for your permission to set them.
        </p>

        <h2 className="govuk-heading-m">Essential cookies</h2>
        <p className="govuk-body">
          These cookies keep you signed in and keep your information secure while you use the service. You cannot turn them off, but they are only set when you
          sign in or start to sign in.
        </p>
        <ScrollContainer label="Cookies we set">
          <Table
            caption="Cookies we set"
            captionClassName="govuk-table__caption--m"
            head={[{ children: "Name" }, { children: "Purpose" }, { children: "Expires" }]}
            rows={SESSION_COOKIES.map((cookie) => ({
              key: cookie.name,
              cells: [{ children: <code>{cookie.name}</code> }, { children: cookie.purpose }, { children: cookie.expires }],
            }))}
          />
        </ScrollContainer>
        <p className="govuk-body">
          When you use the service on a test or development website that is not served over HTTPS, the same cookies are called{" "}
          <code>next-auth.session-token</code>, <code>next-auth.csrf-token</code> and <code>next-auth.callback-url</code>.
        </p>

        <h2 className="govuk-heading-m">Change your cookie settings</h2>
        <p className="govuk-body">
          You can delete these cookies or block them in your browser’s settings. If you block them, you will not be able to sign in to the service.
        </p>
        <p className="govuk-body">
          Find out more about{" "}
          <a className="govuk-link" href="https://ico.org.uk/for-the-public/online/cookies/">
            how to manage cookies
          </a>{" "}
          from the Information Commissioner’s Office.
        </p>
      </div>
    </div>
  );
}
