"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, TextInput } from "@/components/govuk";
import { errorFor, emptyFormState, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "./form-errors";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function SignInForm({ title, action, returnTo }: { title: string; action: Action; returnTo: string }) {
  const [state, formAction] = useActionState(action, emptyFormState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <h1 className="govuk-heading-l">Sign in to your DfE Identity account</h1>
      <p className="govuk-body">We&apos;ll email you a link and a code to sign in. You do not need a password.</p>
      <form action={formAction} noValidate>
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextInput
          name="email"
          type="email"
          label={{ text: "Email address", className: "govuk-label--m" }}
          hint="Use the email address you set up your account with"
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
