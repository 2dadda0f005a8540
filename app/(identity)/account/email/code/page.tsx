import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/kit";
import { EmailCodeQuestion } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { pendingEmail } from "@/lib/identity/email-verification";
import { requireAccount } from "@/lib/identity/session";
import { confirmEmailChange } from "../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function ConfirmNewEmailPage() {
  const account = await requireAccount(ACCOUNT_PAGES.emailCode);
  const email = await pendingEmail({ accountId: account.id });
  if (!email) redirect(ACCOUNT_PAGES.email);
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.email}>
      <ActionForm title={TITLE} action={confirmEmailChange}>
        <EmailCodeQuestion email={email} submitText="Change email address" otherEmailHref={ACCOUNT_PAGES.email} />
      </ActionForm>
    </QuestionPage>
  );
}
