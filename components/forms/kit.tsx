"use client";
// The form kit: every form in the service is an <ActionForm> around a <Form> of kit fields.
// The page (a server component) keeps its wording; each field reads its typed-back value and
// its error by name from the state its server action (lib/forms/action.ts) returned.
//
//   <ActionForm action={saveMobile} initialState={initialState({ mobile })} title={TITLE}>
//     <h1 className="govuk-heading-l">What is your mobile number?</h1>
//     <Form>
//       <TextField name="mobile" type="tel" label={{ text: "Mobile number" }} />
//       <SubmitButton>Continue</SubmitButton>
//     </Form>
//   </ActionForm>
//
// Client only for useActionState. Without JavaScript the form posts, the server runs the
// action and renders the page again with the same state, so everything works the same.
import { createContext, useActionState, useContext, useEffect, type ReactNode } from "react";
import {
  Button,
  CharacterCount,
  Checkboxes,
  DateInput,
  ErrorSummary,
  FileUpload,
  NotificationBanner,
  Radios,
  Textarea,
  TextInput,
  type CharacterCountProps,
  type CheckboxesProps,
  type DateInputProps,
  type FileUploadProps,
  type RadiosProps,
  type SubmitButtonProps,
  type TextareaProps,
  type TextInputProps,
} from "@/components/govuk";
import { emptyFormState, errorFor, errorTargetId, valueOf, valuesOf, type FormState } from "@/lib/forms/state";

export type FormActionFn = (previous: FormState, formData: FormData) => Promise<FormState>;

interface FormKit {
  state: FormState;
  formAction: (formData: FormData) => void;
}

const FormKitContext = createContext<FormKit | null>(null);

function useFormKit(component: string): FormKit {
  const kit = useContext(FormKitContext);
  if (!kit) throw new Error(`<${component}> must be inside an <ActionForm>.`);
  return kit;
}

/**
 * The state of one server action for the fields inside, the page's <title> ("Error: " first
 * while there are errors; pages using it set `metadata = { title: null }`, so theirs is the only
 * <title>, with JavaScript off too), the error summary, and a success banner when the action
 * sent a notice.
 */
export function ActionForm({
  action,
  initialState = emptyFormState,
  title,
  children,
}: {
  action: FormActionFn;
  initialState?: FormState;
  /** The page's full title (components/layout/services.ts pageTitle). */
  title: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const { errors, attempt, redirectTo, notice } = state;

  // A new error summary on every failed submit, and focus on it, so a screen reader hears
  // the errors each time (GOV.UK Frontend focuses a summary only once, when it starts).
  useEffect(() => {
    if (errors.length === 0) return;
    const summary = document.querySelector<HTMLElement>(".govuk-error-summary");
    if (!summary) return;
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }, [attempt, errors.length]);

  // A full navigation, so the browser itself visits the URL (lib/forms/action.ts leaveFor).
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);

  return (
    <FormKitContext.Provider value={{ state, formAction }}>
      <title>{errors.length > 0 ? `Error: ${title}` : title}</title>
      {errors.length > 0 ? (
        <ErrorSummary key={attempt ?? 0} errors={errors.map((error) => ({ text: error.message, href: `#${errorTargetId(error)}` }))} />
      ) : null}
      {notice && errors.length === 0 ? <NotificationBanner key={attempt ?? 0} type="success" text={notice} /> : null}
      {children}
    </FormKitContext.Provider>
  );
}

/** The <form> posting to the ActionForm's action. Hidden fields go in `hidden`. */
export function Form({ children, hidden, id }: { children: ReactNode; hidden?: Record<string, string | undefined>; id?: string }) {
  const { formAction } = useFormKit("Form");
  return (
    <form action={formAction} noValidate id={id}>
      {Object.entries(hidden ?? {}).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      {children}
    </form>
  );
}

type Managed = "errorMessage" | "defaultValue";
// Omit for each member of a union (CharacterCount counts characters or words).
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function TextField(props: Omit<TextInputProps, Managed>) {
  const { state } = useFormKit("TextField");
  return <TextInput {...props} errorMessage={errorFor(state, props.name)?.message} defaultValue={valueOf(state, props.name)} />;
}

export function TextareaField(props: Omit<TextareaProps, Managed>) {
  const { state } = useFormKit("TextareaField");
  return <Textarea {...props} errorMessage={errorFor(state, props.name)?.message} defaultValue={valueOf(state, props.name)} />;
}

export function CharacterCountField(props: OmitEach<CharacterCountProps, Managed>) {
  const { state } = useFormKit("CharacterCountField");
  const managed = { errorMessage: errorFor(state, props.name)?.message, defaultValue: valueOf(state, props.name) };
  return <CharacterCount {...({ ...props, ...managed } as CharacterCountProps)} />;
}

/** A GOV.UK date input whose boxes are `<name>-day`, `<name>-month` and `<name>-year`. */
export function DateField({ name, ...props }: Omit<DateInputProps, "id" | "namePrefix" | "errorMessage" | "errorItems" | "values"> & { name: string }) {
  const { state } = useFormKit("DateField");
  const error = errorFor(state, name);
  return (
    <DateInput
      {...props}
      id={name}
      namePrefix={name}
      errorMessage={error?.message}
      errorItems={error?.parts}
      values={{ day: valueOf(state, `${name}-day`), month: valueOf(state, `${name}-month`), year: valueOf(state, `${name}-year`) }}
    />
  );
}

export function RadiosField(props: Omit<RadiosProps, "errorMessage" | "value">) {
  const { state } = useFormKit("RadiosField");
  return <Radios {...props} errorMessage={errorFor(state, props.name)?.message} value={valueOf(state, props.name) || undefined} />;
}

export function CheckboxesField(props: Omit<CheckboxesProps, "errorMessage" | "values">) {
  const { state } = useFormKit("CheckboxesField");
  return <Checkboxes {...props} errorMessage={errorFor(state, props.name)?.message} values={valuesOf(state, props.name)} />;
}

/** A file input: a file cannot be put back after an error, so only the error comes back. */
export function FileField(props: Omit<FileUploadProps, "errorMessage">) {
  const { state } = useFormKit("FileField");
  return <FileUpload {...props} errorMessage={errorFor(state, props.name)?.message} />;
}

/** The form's button; GOV.UK's double-click guard is on unless `preventDoubleClick={false}`. */
export function SubmitButton({ preventDoubleClick = true, ...props }: Omit<SubmitButtonProps, "href">) {
  return <Button {...props} preventDoubleClick={preventDoubleClick} />;
}

/** Children only once the action has returned a value to show once (lib/forms/state.ts `shown`). */
export function ShownOnce({ name, children }: { name: string; children: ReactNode }) {
  const { state } = useFormKit("ShownOnce");
  return state.shown?.[name] === undefined ? null : <>{children}</>;
}

/** That value, as read-only text to select and copy (works without JavaScript). */
export function ShownValue({ name, id, label }: { name: string; id: string; label: string }) {
  const { state } = useFormKit("ShownValue");
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className="govuk-textarea app-shown-value" readOnly rows={2} spellCheck={false} value={state.shown?.[name] ?? ""} />
    </div>
  );
}

/** Children only until the action has shown its once-only values (the form that makes them). */
export function UntilShown({ children }: { children: ReactNode }) {
  const { state } = useFormKit("UntilShown");
  return state.shown ? null : <>{children}</>;
}
