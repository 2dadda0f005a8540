import type { Metadata } from "next";
import { ActionForm, DateField, Form, SubmitButton } from "@/components/forms/kit";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { dateValues, initialState } from "@/lib/forms/state";
import { accountVersion } from "@/lib/identity/account-details";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";
import { changeDateOfBirth } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const HEADING = "What is your date of birth?";
const TITLE = pageTitle(IDENTITY_SERVICE, HEADING);

// Said before the boxes: a teacher correcting a wrong date on their certificates' record must
// not think this is the place.
export default async function ChangeDateOfBirthPage() {
  const account = await requireAccount(ACCOUNT_PAGES.dateOfBirth);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={TITLE} action={changeDateOfBirth} initialState={initialState(dateValues("dateOfBirth", account.dateOfBirth))}>
        <h1 className="govuk-heading-l">{HEADING}</h1>
        <p className="govuk-body">This changes the date of birth on your DfE Identity account, which you use to sign in.</p>
        {account.trn ? (
          <p className="govuk-body">
            It does not change your teaching record.{" "}
            <a className="govuk-link" href={ACCOUNT_PAGES.requestStep("DATE_OF_BIRTH", "value")}>
              Ask to change the date of birth on your teaching record
            </a>
            .
          </p>
        ) : null}
        <Form hidden={{ version: accountVersion(account) }}>
          <DateField
            name="dateOfBirth"
            legend={{ text: "Date of birth", className: "govuk-fieldset__legend--m" }}
            hint="For example, 27 3 2007"
            autoCompletePrefix="bday"
          />
          <SubmitButton>Save</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
