import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { MobileField } from "@/components/identity/fields";
import { formatMobile } from "@/components/identity/format";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { journeyAt, STEPS } from "@/lib/identity/registration";
import { saveMobile } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your mobile number?");

export default async function MobilePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("mobile");
  const change = (await searchParams).change === "1";
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.dateOfBirth}>
      <ActionForm title={TITLE} action={saveMobile} initialState={initialState({ mobile: journey.mobile ? formatMobile(journey.mobile) : null })}>
        <h1 className="govuk-heading-l">What is your mobile number?</h1>
        <p className="govuk-body">
          We’ll use it only to contact you about your account and your teaching record, if we need to. It will also be added to your teaching record.
        </p>
        <Form hidden={{ change: change ? "1" : undefined }}>
          <MobileField />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
