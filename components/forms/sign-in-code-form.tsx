"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState, useEffect } from "react";
import { Button, TextInput } from "@/components/govuk";
import { errorFor, emptyFormState, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "./form-errors";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function SignInCodeForm({ title, action, email }: { title: string; action: Action; email: string }) {
  const [state, formAction] = useActionState(action, emptyFormState);
  // A full navigation, so the browser itself visits next-auth's callback and keeps its cookie.
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <h1 className="govuk-heading-l">Check your email</h1>
      <p className="govuk-body">
        If <strong>{email}</strong> has a DfE Identity account, we&apos;ve sent it a link to sign in and a 6-digit code. If it
        does not, we&apos;ve sent it an email explaining how to get an account.
      </p>
      <p className="govuk-body">The link and the code expire in 15 minutes.</p>
      <h2 className="govuk-heading-m">Reading your email on another device?</h2>
      <form action={formAction} noValidate>
        <TextInput
          name="code"
          label={{ text: "Enter the 6-digit code from the email" }}
          width={5}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          extraLetterSpacing
          errorMessage={errorFor(state, "code")}
          defaultValue={state.values.code}
        />
        <Button preventDoubleClick>Sign in</Button>
      </form>
    </>
  );
}
