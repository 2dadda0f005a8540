import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { DateOfBirthForm } from "@/components/forms/create-account/date-of-birth-form";
import { dateInputValues } from "@/components/identity/format";
import { QuestionPage } from "@/components/identity/question-page";
import { saveDateOfBirth } from "../actions";
import { isChange, journeyAt, STEPS } from "../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your date of birth?");

export default async function DateOfBirthPage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("dateOfBirth");
  const change = isChange((await searchParams).change);
  const saved = dateInputValues(journey.dateOfBirth);
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.name}>
      <DateOfBirthForm
        title={TITLE}
        action={saveDateOfBirth}
        change={change}
        initialState={{
          errors: [],
          values: { "dateOfBirth-day": saved.day, "dateOfBirth-month": saved.month, "dateOfBirth-year": saved.year },
        }}
      />
    </QuestionPage>
  );
}
