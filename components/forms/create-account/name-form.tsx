"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, Fieldset, Hint, TextInput } from "@/components/govuk";
import { errorFor, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export function NameForm({ title, action, initialState, change }: { title: string; action: FormAction; initialState: FormState; change: boolean }) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <Fieldset
          legend={{ text: "What is your name?", isPageHeading: true, className: "govuk-fieldset__legend--l" }}
          describedBy="name-hint"
        >
          <Hint id="name-hint">
            This is the name for your DfE Identity account. It can be different from the name on your teaching record.
            Your certificates will always show the name on your teaching record.
          </Hint>
          <TextInput
            name="firstName"
            label={{ text: "First name" }}
            autoComplete="given-name"
            spellCheck={false}
            errorMessage={errorFor(state, "firstName")}
            defaultValue={state.values.firstName}
            width="two-thirds"
          />
          <TextInput
            name="lastName"
            label={{ text: "Last name" }}
            autoComplete="family-name"
            spellCheck={false}
            errorMessage={errorFor(state, "lastName")}
            defaultValue={state.values.lastName}
            width="two-thirds"
          />
        </Fieldset>
        <Button preventDoubleClick>Continue</Button>
      </form>
    </>
  );
}
