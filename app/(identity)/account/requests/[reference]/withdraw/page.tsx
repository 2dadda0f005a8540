import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { KIND_WORDS, requestOf } from "@/lib/dqt/change-requests";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { knownViewer } from "@/lib/http/page-exists";
import { requireAccount } from "@/lib/identity/session";
import { withdraw } from "../../../actions";
import { exists } from "../exists";

// The form renders the <title> (ActionForm).
export const metadata: Metadata = { title: null };

/** Asks before withdrawing one of the teacher's own waiting requests. */
export default async function WithdrawRequestPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const account = await requireAccount(ACCOUNT_PAGES.withdraw(reference));
  if (!(await exists({ reference }, knownViewer(account)))) notFound();
  const request = await requestOf(account, reference);
  if (!request) notFound();
  if (request.status !== "PENDING") redirect(ACCOUNT_PAGES.request(reference));
  const heading = `Withdraw your request to change your ${KIND_WORDS[request.kind]}`;
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.request(reference)}>
      <ActionForm title={pageTitle(IDENTITY_SERVICE, heading)} action={withdraw}>
        <span className="govuk-caption-l app-no-wrap">{request.reference}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">We will not check it or change your teaching record. You can send a new request at any time.</p>
        <Form hidden={{ reference: request.reference }}>
          <div className="govuk-button-group">
            <SubmitButton variant="warning">Withdraw request</SubmitButton>
            <a className="govuk-link" href={ACCOUNT_PAGES.request(reference)}>
              Cancel
            </a>
          </div>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
