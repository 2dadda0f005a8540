import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailCodeForm } from "@/components/forms/create-account/email-code-form";
import { QuestionPage } from "@/components/identity/question-page";
import { EMAIL_CODE_MINUTES } from "@/lib/identity/registration";
import { enterEmailCode } from "../../actions";
import { isChange, journeyAt, stepUrl } from "../../journey";

export const metadata: Metadata = { title: "Check your email" };

export default async function EmailCodePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("email");
  const change = isChange((await searchParams).change);
  const otherEmail = stepUrl("/create-account/email/other", change);
  if (!journey.pendingEmail) redirect(otherEmail);
  return (
    <QuestionPage backHref={otherEmail}>
      <EmailCodeForm
        action={enterEmailCode}
        change={change}
        email={journey.pendingEmail}
        expiresInMinutes={EMAIL_CODE_MINUTES}
        otherEmailHref={otherEmail}
      />
    </QuestionPage>
  );
}
