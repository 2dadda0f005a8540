"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, TextInput } from "@/components/govuk";
import { errorFor, emptyFormState, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "./form-errors";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The expired-link page: explains, and asks for the address the link went to. */
export function NewLinkForm({ title, action, token, expiredOn }: { title: string; action: Action; token: string; expiredOn: string }) {
  const [state, formAction] = useActionState(action, emptyFormState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <h1 className="govuk-heading-l">Your link has expired</h1>
      <p className="govuk-body">The link in your email stopped working on {expiredOn}. Links last a limited time to keep your record secure.</p>
      <p className="govuk-body">
        We can send you a new link. Enter the email address we sent the first link to and, if it matches, we’ll send a new
        one there.
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="trn_token" value={token} />
        <TextInput
          name="email"
          type="email"
          label={{ text: "Email address", className: "govuk-label--m" }}
          hint="The address the email with your link was sent to"
          autoComplete="email"
          spellCheck={false}
          errorMessage={errorFor(state, "email")}
          defaultValue={state.values.email}
        />
        <Button preventDoubleClick>Send a new link</Button>
      </form>
    </>
  );
}
