import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { Button, Fieldset, Hint } from "@/components/govuk";
import { Reference } from "@/components/identity/breaks";
import { DateOfBirthField } from "@/components/identity/fields";
import { QuestionPage } from "@/components/identity/question-page";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { KIND_WORDS } from "@/lib/dqt/change-requests";
import { dateValues, initialState } from "@/lib/forms/state";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { requestJourney } from "@/lib/identity/request-journey";
import { saveRequestedValue } from "../../actions";

type Params = Promise<{ kind: string }>;

const QUESTIONS = {
  NAME: "What name should your teaching record have?",
  DATE_OF_BIRTH: "What date of birth should your teaching record have?",
} as const;

const waitingTitle = (words: string) => `You’ve already asked to change the ${words} on your teaching record`;

// The question's form renders the <title> (ActionForm); the "already asked" page renders its own.
export const metadata: Metadata = { title: null };

/** The first question of a request: the value the record should have, or a page saying one is already waiting. */
export default async function RequestedValuePage({ params }: { params: Params }) {
  const slug = (await params).kind;
  const { kind, waiting, draft } = await requestJourney(slug, `/account/record/${slug}`);
  const words = KIND_WORDS[kind];

  if (waiting) {
    return (
      <QuestionPage backHref={ACCOUNT_PAGES.account}>
        <title>{pageTitle(IDENTITY_SERVICE, waitingTitle(words))}</title>
        <h1 className="govuk-heading-l">{waitingTitle(words)}</h1>
        <p className="govuk-body">
          Your request <Reference reference={waiting.reference} /> is waiting for us to check it. You can ask for another change once we’ve decided, or withdraw
          this request and send a new one.
        </p>
        <div className="govuk-button-group">
          <Button href={ACCOUNT_PAGES.request(waiting.reference)}>View your request</Button>
          <a className="govuk-link" href={ACCOUNT_PAGES.withdraw(waiting.reference)}>
            Withdraw your request
          </a>
        </div>
      </QuestionPage>
    );
  }

  const question = QUESTIONS[kind];
  const saved =
    kind === "NAME"
      ? initialState({ firstName: draft?.firstName, middleName: draft?.middleName, lastName: draft?.lastName })
      : initialState(dateValues("dateOfBirth", draft?.dateOfBirth));
  return (
    <QuestionPage backHref={ACCOUNT_PAGES.account}>
      <ActionForm title={pageTitle(IDENTITY_SERVICE, question)} action={saveRequestedValue} initialState={saved}>
        <Form hidden={{ kind: slug }}>
          {kind === "NAME" ? (
            <Fieldset legend={{ text: question, isPageHeading: true, className: "govuk-fieldset__legend--l" }} describedBy="record-name-hint">
              <Hint id="record-name-hint">
                Enter the name exactly as it is on the document you’ll send us, such as a marriage certificate, deed poll or passport. Your certificates will
                show this name once we’ve checked it.
              </Hint>
              <TextField name="firstName" label={{ text: "First name" }} autoComplete="given-name" spellCheck={false} width="two-thirds" />
              <TextField name="middleName" label={{ text: "Middle names (optional)" }} autoComplete="additional-name" spellCheck={false} width="two-thirds" />
              <TextField name="lastName" label={{ text: "Last name" }} autoComplete="family-name" spellCheck={false} width="two-thirds" />
            </Fieldset>
          ) : (
            <>
              <DateOfBirthField legend={question} />
              <p className="govuk-body">You’ll need to send us a document that shows it, such as a passport or birth certificate.</p>
            </>
          )}
          <SubmitButton>Continue</SubmitButton>
        </Form>
      </ActionForm>
    </QuestionPage>
  );
}
