import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { formatMobile } from "@/components/identity/format";
import { MobileField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { accountVersion } from "@/lib/identity/account-details";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requireAccount } from "@/lib/identity/session";
import { changeMobile } from "../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your mobile number?");

export default async function ChangeMobilePage() {
  const account = await requireAccount(ACCOUNT_PAGES.mobile);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={TITLE} action={changeMobile} initialState={initialState({ mobile: account.mobile ? formatMobile(account.mobile) : null })}>
        <h1 className="govuk-heading-l">What is your mobile number?</h1>
        <p className="govuk-body">
          We’ll use it only to contact you about your account and your teaching record, if we need to.
          {account.trn ? " Your teaching record will have the same number." : null}
        </p>
        <Form hidden={{ version: accountVersion(account) }}>
          <MobileField />
          <SubmitButton>Save</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
