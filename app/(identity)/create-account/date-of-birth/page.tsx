import type { Metadata } from "next";
import { DateOfBirthForm } from "@/components/forms/create-account/date-of-birth-form";
import { dateInputValues } from "@/components/identity/format";
import { QuestionPage } from "@/components/identity/question-page";
import { saveDateOfBirth } from "../actions";
import { isChange, journeyAt, STEPS } from "../journey";

export const metadata: Metadata = { title: "What is your date of birth?" };

export default async function DateOfBirthPage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("dateOfBirth");
  const change = isChange((await searchParams).change);
  const saved = dateInputValues(journey.dateOfBirth);
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : STEPS.name}>
      <DateOfBirthForm
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
