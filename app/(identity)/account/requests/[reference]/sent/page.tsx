import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Panel } from "@/components/govuk";
import { KIND_WORDS, requestOf } from "@/lib/dqt/change-requests";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { knownViewer } from "@/lib/http/page-exists";
import { requireAccount } from "@/lib/identity/session";
import { exists } from "../exists";

export const metadata: Metadata = { title: "Request sent" };

/** The confirmation after sending a request: its reference and what happens next. */
export default async function RequestSentPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const account = await requireAccount(ACCOUNT_PAGES.requestSent(reference));
  if (!(await exists({ reference }, knownViewer(account)))) notFound();
  const request = await requestOf(account, reference);
  if (!request) notFound();
  const words = KIND_WORDS[request.kind];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Request sent">
          Your reference number
          <br />
          <strong className="app-no-wrap">{request.reference}</strong>
        </Panel>
        <p className="govuk-body">
          We’ve sent a confirmation email to <strong className="govuk-!-text-break-word">{account.email}</strong>.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          We’ll check your document and change the {words} on your teaching record if it shows the change. We’ll email you when we’ve decided, usually within 5
          working days.
        </p>
        <p className="govuk-body">
          {request.kind === "NAME"
            ? "Until then, your certificates show the name on your record now."
            : "Your certificates show your name and the dates you were awarded each qualification, not your date of birth."}
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={ACCOUNT_PAGES.requests}>
            See your requests
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={ACCOUNT_PAGES.account}>
            Go back to your account
          </a>
        </p>
      </div>
    </div>
  );
}
