import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { Fieldset, Hint } from "@/components/govuk";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { journeyAt, startPageUrl, STEPS } from "@/lib/identity/registration";
import { saveName } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your name?");

export default async function NamePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("name");
  const change = (await searchParams).change === "1";
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : await startPageUrl()}>
      <ActionForm title={TITLE} action={saveName} initialState={initialState({ firstName: journey.firstName, lastName: journey.lastName })}>
        <Form hidden={{ change: change ? "1" : undefined }}>
          <Fieldset legend={{ text: "What is your name?", isPageHeading: true, className: "govuk-fieldset__legend--l" }} describedBy="name-hint">
            <Hint id="name-hint">
              This is the name for your DfE Identity account. It can be different from the name on your teaching record. Your certificates will always show the
              name on your teaching record.
            </Hint>
            <TextField name="firstName" label={{ text: "First name" }} autoComplete="given-name" spellCheck={false} width="two-thirds" />
            <TextField name="lastName" label={{ text: "Last name" }} autoComplete="family-name" spellCheck={false} width="two-thirds" />
          </Fieldset>
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
