"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, TextInput } from "@/components/govuk";
import { errorFor, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export function MobileForm({ title, action, initialState, change }: { title: string; action: FormAction; initialState: FormState; change: boolean }) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <h1 className="govuk-heading-l">What is your mobile number?</h1>
      <p className="govuk-body">
        We’ll use it only to contact you about your account and your teaching record, if we need to. It will also be added
        to your teaching record.
      </p>
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <TextInput
          name="mobile"
          type="tel"
          label={{ text: "Mobile number" }}
          hint="For example, 07700 900 982 or +44 7700 900 982. For a number outside the UK, include the country code."
          autoComplete="tel"
          spellCheck={false}
          errorMessage={errorFor(state, "mobile")}
          defaultValue={state.values.mobile}
          width={20}
        />
        <Button preventDoubleClick>Continue</Button>
      </form>
    </>
  );
}
