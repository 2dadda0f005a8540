import type { Metadata } from "next";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { NameForm } from "@/components/forms/create-account/name-form";
import { QuestionPage } from "@/components/identity/question-page";
import { saveName } from "../actions";
import { isChange, journeyAt, startPageUrl, STEPS } from "../journey";

// The form renders the <title> (FormErrors), so that it can say "Error: " without JavaScript.
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "What is your name?");

export default async function NamePage({ searchParams }: { searchParams: Promise<{ change?: string | string[] }> }) {
  const { journey } = await journeyAt("name");
  const change = isChange((await searchParams).change);
  return (
    <QuestionPage backHref={change ? STEPS.checkAnswers : await startPageUrl()}>
      <NameForm
        title={TITLE}
        action={saveName}
        change={change}
        initialState={{ errors: [], values: { firstName: journey.firstName ?? "", lastName: journey.lastName ?? "" } }}
      />
    </QuestionPage>
  );
}
