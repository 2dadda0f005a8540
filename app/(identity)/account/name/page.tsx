import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { Fieldset, Hint } from "@/components/govuk";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { accountVersion } from "@/lib/identity/account-details";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";
import { changeName } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Change your name");

export default async function ChangeNamePage() {
  const account = await requireAccount(ACCOUNT_PAGES.name);
  const { firstName, middleName, lastName } = account;
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={TITLE} action={changeName} initialState={initialState({ firstName, middleName, lastName })}>
        <Form hidden={{ version: accountVersion(account) }}>
          <Fieldset legend={{ text: "Change your name", isPageHeading: true, className: "govuk-fieldset__legend--l" }} describedBy="name-hint">
            <Hint id="name-hint">
              This is the name for your DfE Identity account. It does not change the name on your teaching record or your certificates.
            </Hint>
            <TextField name="firstName" label={{ text: "First name" }} autoComplete="given-name" spellCheck={false} width="two-thirds" />
            <TextField name="middleName" label={{ text: "Middle names (optional)" }} autoComplete="additional-name" spellCheck={false} width="two-thirds" />
            <TextField name="lastName" label={{ text: "Last name" }} autoComplete="family-name" spellCheck={false} width="two-thirds" />
          </Fieldset>
          <SubmitButton>Save</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
