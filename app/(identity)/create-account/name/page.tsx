import type { Metadata } from "next";
import { NameForm } from "@/components/forms/create-account/name-form";
import { QuestionPage } from "@/components/identity/question-page";
import { saveName } from "../actions";
import { isChange, journeyAt, startPageUrl, STEPS } from "../journey";

export const metadata: Metadata = { title: "What is your name?" };

export default async function NamePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("name");
  const change = isChange((await searchParams).change);
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : await startPageUrl()}>
      <NameForm
        action={saveName}
        change={change}
        initialState={{ errors: [], values: { firstName: journey.firstName ?? "", lastName: journey.lastName ?? "" } }}
      />
    </QuestionPage>
  );
}
