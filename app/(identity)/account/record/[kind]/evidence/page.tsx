import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button, ErrorSummary, FileUpload, InsetText } from "@/components/govuk";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { KIND_WORDS, requestedValue } from "@/lib/dqt/change-requests";
import { EVIDENCE_PROBLEMS, evidenceProblem, formatFileSize } from "@/lib/dqt/evidence";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requestJourney } from "@/lib/identity/request-journey";

// The page renders its own <title>, so that it can say "Error: ".
export const metadata: Metadata = { title: null };

const EXAMPLES = {
  NAME: "such as a marriage or civil partnership certificate, a deed poll or a passport",
  DATE_OF_BIRTH: "such as a passport or a birth certificate",
} as const;

type Search = Promise<{ error?: string | string[] }>;

/**
 * The form posts to ./upload (a route handler, not a server action: see
 * lib/dqt/evidence-upload.ts), which comes back here with `?error=<problem>` when the file is refused.
 */
export default async function EvidencePage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Search }) {
  const slug = (await params).kind;
  const { kind, waiting, draft } = await requestJourney(slug, `/account/record/${slug}/evidence`);
  if (waiting || !draft || !requestedValue(draft)) redirect(ACCOUNT_PAGES.requestStep(kind, "value"));
  const problem = evidenceProblem((await searchParams).error);
  const error = problem ? EVIDENCE_PROBLEMS[problem] : null;
  const heading = `Upload a document that shows your ${KIND_WORDS[kind]}`;
  const title = pageTitle(IDENTITY_SERVICE, heading);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.requestStep(kind, "value")}>
      <title>{error ? `Error: ${title}` : title}</title>
      {error ? <ErrorSummary errors={[{ text: error, href: "#evidence" }]} /> : null}
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        Send us a photo or scan of a document {EXAMPLES[kind]}. We use it only to check the change, and only our support staff can see it.
      </p>
      <p className="govuk-body">Make sure the whole document is in the picture and every word can be read.</p>
      {draft.evidence ? (
        <InsetText>
          You’ve uploaded <span className="govuk-!-text-break-word">{draft.evidence.fileName}</span> ({formatFileSize(draft.evidence.size)}). Upload another
          file to replace it, or{" "}
          <a className="govuk-link" href={ACCOUNT_PAGES.requestStep(kind, "check")}>
            continue with this one
          </a>
          .
        </InsetText>
      ) : null}
      <form method="post" action={`${ACCOUNT_PAGES.requestStep(kind, "evidence")}/upload`} encType="multipart/form-data" noValidate>
        <FileUpload
          name="evidence"
          label={{ text: "Upload a file", className: "govuk-label--m" }}
          hint="Upload a JPG, PNG or PDF. A photo can be up to 20MB, a PDF up to 10MB."
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          errorMessage={error}
        />
        <Button preventDoubleClick>Continue</Button>
      </form>
    </QuestionPage>
  );
}
