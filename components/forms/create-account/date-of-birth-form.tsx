"use client";
// Client for useActionState: the server action's errors and typed values come back here.
import { useActionState } from "react";
import { Button, DateInput, type DatePart } from "@/components/govuk";
import type { FormState } from "@/lib/validation/form-state";
import { FormErrors } from "../form-errors";
import { ChangeField, type FormAction } from "./shared";

export interface DateOfBirthFormState extends FormState {
  errorItems?: DatePart[];
}

export function DateOfBirthForm({ title,
  action,
  initialState,
  change,
}: { title: string;
  action: FormAction<DateOfBirthFormState>;
  initialState: DateOfBirthFormState;
  change: boolean;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const error = state.errors[0]?.message;
  return (
    <>
      <FormErrors errors={state.errors} title={title} />
      <form action={formAction} noValidate>
        <ChangeField change={change} />
        <DateInput
          id="dateOfBirth"
          namePrefix="dateOfBirth"
          legend={{ text: "What is your date of birth?", isPageHeading: true, className: "govuk-fieldset__legend--l" }}
          hint="For example, 27 3 2007"
          autoCompletePrefix="bday"
          errorMessage={error}
          errorItems={state.errorItems}
          values={{
            day: state.values["dateOfBirth-day"],
            month: state.values["dateOfBirth-month"],
            year: state.values["dateOfBirth-year"],
          }}
        />
        <Button preventDoubleClick>Continue</Button>
      </form>
    </>
  );
}
