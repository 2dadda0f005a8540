import type { FormState } from "@/lib/validation/form-state";

export type FormAction<S extends FormState = FormState> = (previous: S, formData: FormData) => Promise<S>;

/** Hidden field that takes a change made from check your answers back there. */
export function ChangeField({ change }: { change: boolean }) {
  return change ? <input type="hidden" name="change" value="1" /> : null;
}
