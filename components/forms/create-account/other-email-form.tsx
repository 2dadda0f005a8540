"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, TextInput } from "@/components/govuk";
import { errorFor, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export function OtherEmailForm({ title, action, initialState, change }: { title: string; action: FormAction; initialState: FormState; change: boolean }) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <TextInput
          name="email"
          type="email"
          label={{ text: "What email address do you want to use?", isPageHeading: true, className: "govuk-label--l" }}
          hint="Use an email address only you can read, not a shared one like office@ or head@. We’ll send a code to it to check it’s yours."
          autoComplete="email"
          spellCheck={false}
          errorMessage={errorFor(state, "email")}
          defaultValue={state.values.email}
        />
        <Button preventDoubleClick>Continue</Button>
      </form>
    </>
  );
}
