import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/kit";
import { EmailCodeQuestion } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { pendingEmail } from "@/lib/identity/email-verification";
import { JOURNEY_PAGES, journeyAt, stepUrl } from "@/lib/identity/registration";
import { enterEmailCode } from "../../actions";

// The form renders the <title> (ActionForm), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function EmailCodePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("email");
  const change = (await searchParams).change === "1";
  const otherEmail = stepUrl(JOURNEY_PAGES.otherEmail, change);
  const email = await pendingEmail({ journeyId: journey.id });
  if (!email) redirect(otherEmail);
  return (
    <QuestionPage backHref={otherEmail}>
      <ActionForm title={TITLE} action={enterEmailCode}>
        <EmailCodeQuestion email={email} submitText="Continue" otherEmailHref={otherEmail} hidden={{ change: change ? "1" : undefined }} />
      </ActionForm>
    </QuestionPage>
  );
}
