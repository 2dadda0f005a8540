import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { DateOfBirthField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { dateValues, initialState } from "@/lib/forms/state";
import { accountVersion } from "@/lib/identity/account-details";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";
import { changeDateOfBirth } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your date of birth?");

export default async function ChangeDateOfBirthPage() {
  const account = await requireAccount(ACCOUNT_PAGES.dateOfBirth);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={TITLE} action={changeDateOfBirth} initialState={initialState(dateValues("dateOfBirth", account.dateOfBirth))}>
        <Form hidden={{ version: accountVersion(account) }}>
          <DateOfBirthField legend="What is your date of birth?" />
          <p className="govuk-body">This changes your DfE Identity account only, not the date of birth on your teaching record.</p>
          <SubmitButton>Save</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
