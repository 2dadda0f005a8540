import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { redirect } from "next/navigation";
import { EmailCodeForm } from "@/components/forms/create-account/email-code-form";
import { QuestionPage } from "@/components/identity/question-page";
import { EMAIL_CODE_MINUTES } from "@/lib/identity/registration";
import { enterEmailCode } from "../../actions";
import { isChange, journeyAt, stepUrl } from "../../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Check your email");

export default async function EmailCodePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("email");
  const change = isChange((await searchParams).change);
  const otherEmail = stepUrl("/create-account/email/other", change);
  if (!journey.pendingEmail) redirect(otherEmail);
  return (
    <QuestionPage backHref={otherEmail}>
      <EmailCodeForm
        title={TITLE}
        action={enterEmailCode}
        change={change}
        email={journey.pendingEmail}
        expiresInMinutes={EMAIL_CODE_MINUTES}
        otherEmailHref={otherEmail}
      />
    </QuestionPage>
  );
}
