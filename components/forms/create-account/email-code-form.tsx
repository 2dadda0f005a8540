"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, NotificationBanner, TextInput } from "@/components/govuk";
import { errorFor, type FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export interface EmailCodeFormState extends FormState {
  resent?: boolean;
}

export function EmailCodeForm({ title,
  action,
  change,
  email,
  expiresInMinutes,
  otherEmailHref,
}: { title: string;
  action: FormAction<EmailCodeFormState>;
  change: boolean;
  email: string;
  expiresInMinutes: number;
  otherEmailHref: string;
}) {
  const [state, formAction] = useActionState(action, { errors: [], values: {} });
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      {state.resent ? (
        <NotificationBanner type="success" text={<>We’ve sent a new code to {email}</>} />
      ) : null}
      <h1 className="govuk-heading-l">Check your email</h1>
      <p className="govuk-body">
        We’ve sent a 6-digit code to <strong className="govuk-!-text-break-word">{email}</strong>. The code expires in{" "}
        {expiresInMinutes} minutes.
      </p>
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <TextInput
          name="code"
          label={{ text: `Enter the 6-digit code we sent to ${email}`, className: "govuk-label--s govuk-!-text-break-word" }}
          width={5}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          extraLetterSpacing
          errorMessage={errorFor(state, "code")}
          defaultValue={state.values.code}
        />
        <div className="govuk-button-group">
          <Button preventDoubleClick>Continue</Button>
          <Button id="send-new-code" variant="secondary" name="intent" value="resend" preventDoubleClick>
            Send a new code
          </Button>
        </div>
      </form>
      <p className="govuk-body">Not received the email? Check your spam or junk folder, or send a new code.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={otherEmailHref}>
          Use a different email address
        </a>
      </p>
    </>
  );
}
