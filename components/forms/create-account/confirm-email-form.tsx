"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, Radios } from "@/components/govuk";
import { errorFor, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export function ConfirmEmailForm({ title,
  action,
  initialState,
  change,
  email,
}: { title: string;
  action: FormAction;
  initialState: FormState;
  change: boolean;
  email: string;
}) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <h1 className="govuk-heading-l">Confirm your email address</h1>
      <p className="govuk-body">
        You’ll use your email address to sign in to your DfE Identity account, and we’ll use it to contact you about your
        account and your teaching record.
      </p>
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <Radios
          name="useEmail"
          legend={{
            text: (
              <>
                {/* The legend is sized to its longest word (display: table): let a long address break anywhere. */}
                Is <span style={{ overflowWrap: "anywhere" }}>{email}</span> the email address you want to use?
              </>
            ),
            className: "govuk-fieldset__legend--m",
          }}
          inline
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          value={state.values.useEmail}
          errorMessage={errorFor(state, "useEmail")}
        />
        <Button preventDoubleClick>Continue</Button>
      </form>
    </>
  );
}
