import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { SummaryList } from "@/components/govuk";
import { formatDate } from "@/lib/format/dates";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { requestedValue } from "@/lib/dqt/change-requests";
import { formatFileSize } from "@/lib/dqt/evidence";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requestJourney } from "@/lib/identity/request-journey";
import { fullName } from "@/lib/dqt/wording";
import { sendRequest } from "../../../actions";

// The form renders the <title> (ActionForm).
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your request before sending it");

export default async function CheckRequestPage({ params }: { params: Promise<{ kind: string }> }) {
  const slug = (await params).kind;
  const { kind, waiting, draft } = await requestJourney(slug, `/account/record/${slug}/check`);
  const value = draft ? requestedValue(draft) : null;
  if (waiting || !draft || !value) redirect(ACCOUNT_PAGES.requestStep(kind, "value"));
  if (!draft.evidence) redirect(ACCOUNT_PAGES.requestStep(kind, "evidence"));
  const change = (step: "value" | "evidence", what: string) => [{ href: ACCOUNT_PAGES.requestStep(kind, step), text: "Change", visuallyHiddenText: what }];
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.requestStep(kind, "evidence")}>
      <ActionForm title={TITLE} action={sendRequest}>
        <h1 className="govuk-heading-l">Check your request before sending it</h1>
        <SummaryList
          className="govuk-!-margin-bottom-9"
          rows={[
            value.kind === "NAME"
              ? { key: "New name", value: <span className="govuk-!-text-break-word">{fullName(value)}</span>, actions: change("value", "new name") }
              : { key: "Date of birth", value: formatDate(value.dateOfBirth), actions: change("value", "date of birth") },
            {
              key: "Document",
              value: <span className="govuk-!-text-break-word">{`${draft.evidence.fileName} (${formatFileSize(draft.evidence.size)})`}</span>,
              actions: change("evidence", "document"),
            },
          ]}
        />
        <h2 className="govuk-heading-m">Now send your request</h2>
        <p className="govuk-body">
          We’ll check your document and email you when we’ve decided, usually within 5 working days.
          {kind === "NAME" ? " Until then your certificates show the name on your record now." : null}
        </p>
        <Form hidden={{ kind: slug }}>
          <SubmitButton>Send request</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
