import type { Metadata } from "next";
import { Button, SummaryList } from "@/components/govuk";
import { formatMobile } from "@/components/identity/format";
import { formatDate } from "@/lib/format/dates";
import { journeyAt, STEPS, stepUrl } from "@/lib/identity/registration";
import { QuestionPage } from "@/components/identity/question-page";

export const metadata: Metadata = { title: "Check your answers before creating your account" };

const change = (path: string, what: string) => [{ href: stepUrl(path, true), text: "Change", visuallyHiddenText: what }];

export default async function CheckAnswersPage() {
  const { journey } = await journeyAt("checkAnswers");
  // journeyAt sent anyone with an unanswered question to it, so every answer is here.
  const { firstName, lastName, dateOfBirth, mobile, email } = journey;
  return (
    <QuestionPage backHref={STEPS.email}>
      <h1 className="govuk-heading-l">Check your answers before creating your account</h1>
      <SummaryList
        className="govuk-!-margin-bottom-9"
        rows={[
          { key: "Name", value: `${firstName} ${lastName}`, actions: change(STEPS.name, "name") },
          { key: "Date of birth", value: dateOfBirth ? formatDate(dateOfBirth) : "", actions: change(STEPS.dateOfBirth, "date of birth") },
          { key: "Mobile number", value: mobile ? formatMobile(mobile) : "", actions: change(STEPS.mobile, "mobile number") },
          {
            key: "Email address",
            value: <span className="govuk-!-text-break-word">{email}</span>,
            actions: change(STEPS.email, "email address"),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Now create your account</h2>
      <p className="govuk-body">By creating your account you confirm that, to the best of your knowledge, the details you’ve given are correct.</p>
      {/* A plain post, not a server action: it ends by signing in (see lib/http/responses.ts). */}
      <form method="post" action="/create-account/complete">
        <Button preventDoubleClick>Create account</Button>
      </form>
    </QuestionPage>
  );
}
