import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, FileField, Form, SubmitButton } from "@/components/forms/kit";
import { InsetText } from "@/components/govuk";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { KIND_WORDS, requestedValue } from "@/lib/dqt/change-requests";
import { formatFileSize } from "@/lib/dqt/evidence";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requestJourney } from "@/lib/identity/request-journey";
import { saveEvidence } from "../../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };

const EXAMPLES = {
  NAME: "such as a marriage or civil partnership certificate, a deed poll or a passport",
  DATE_OF_BIRTH: "such as a passport or a birth certificate",
} as const;

export default async function EvidencePage({ params }: { params: Promise<{ kind: string }> }) {
  const slug = (await params).kind;
  const { kind, waiting, draft } = await requestJourney(slug, `/account/record/${slug}/evidence`);
  if (waiting || !draft || !requestedValue(draft)) redirect(ACCOUNT_PAGES.requestStep(kind, "value"));
  const heading = `Upload a document that shows your ${KIND_WORDS[kind]}`;
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.requestStep(kind, "value")}>
      <ActionForm title={pageTitle(IDENTITY_SERVICE, heading)} action={saveEvidence}>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          Send us a photo or scan of a document {EXAMPLES[kind]}. We use it only to check the change, and only our support
          staff can see it.
        </p>
        <p className="govuk-body">Make sure the whole document is in the picture and every word can be read.</p>
        {draft.evidence ? (
          <InsetText>
            You’ve uploaded <span className="govuk-!-text-break-word">{draft.evidence.fileName}</span> ({formatFileSize(draft.evidence.size)}).
            Upload another file to replace it, or{" "}
            <a className="govuk-link" href={ACCOUNT_PAGES.requestStep(kind, "check")}>
              continue with this one
            </a>
            .
          </InsetText>
        ) : null}
        <Form hidden={{ kind: slug }}>
          <FileField
            name="evidence"
            label={{ text: "Upload a file", className: "govuk-label--m" }}
            hint="The file must be a PDF, JPG or PNG and smaller than 3MB"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
