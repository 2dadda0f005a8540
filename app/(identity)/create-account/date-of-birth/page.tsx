import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { DateOfBirthField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { dateValues, initialState } from "@/lib/forms/state";
import { journeyAt, STEPS } from "@/lib/identity/registration";
import { saveDateOfBirth } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your date of birth?");

export default async function DateOfBirthPage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("dateOfBirth");
  const change = (await searchParams).change === "1";
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.name}>
      <ActionForm title={TITLE} action={saveDateOfBirth} initialState={initialState(dateValues("dateOfBirth", journey.dateOfBirth))}>
        <Form hidden={{ change: change ? "1" : undefined }}>
          <DateOfBirthField legend="What is your date of birth?" />
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
