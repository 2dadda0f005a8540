import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { MobileForm } from "@/components/forms/create-account/mobile-form";
import { formatMobile } from "@/components/identity/format";
import { QuestionPage } from "@/components/identity/question-page";
import { saveMobile } from "../actions";
import { isChange, journeyAt, STEPS } from "../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your mobile number?");

export default async function MobilePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("mobile");
  const change = isChange((await searchParams).change);
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.dateOfBirth}>
      <MobileForm
        title={TITLE}
        action={saveMobile}
        change={change}
        initialState={{ errors: [], values: { mobile: journey.mobile ? formatMobile(journey.mobile) : "" } }}
      />
    </QuestionPage>
  );
}
