import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
import { Fieldset, type LegendOptions } from "./fieldset";

export type DatePart = "day" | "month" | "year";

const ALL_PARTS: readonly DatePart[] = ["day", "month", "year"];
const PART_LABELS: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

export interface DateInputProps {
  /** The group's id; each item's id is `<id>-day`, `<id>-month`, `<id>-year`. */
  id: string;
  /** Item names become `<namePrefix>-day` and so on; without it they are `day`, `month`, `year`. */
  namePrefix?: string;
  legend: LegendOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  /**
   * The items the error is about. Empty or absent with an error message: every item is
   * highlighted, as GOV.UK does when the whole date is wrong.
   */
  errorItems?: readonly DatePart[];
  /** The values to show (React 19 resets forms after an action, so echo the submitted values here). */
  values?: Partial<Record<DatePart, string>>;
  /** `"bday"` gives the items `bday-day`, `bday-month` and `bday-year` for a date of birth. */
  autoCompletePrefix?: "bday";
  /** Which items to show, for example `["month", "year"]`. */
  parts?: readonly DatePart[];
  className?: string;
  formGroupClassName?: string;
}

/** The id of one item of a date input. */
export function dateInputItemId(id: string, part: DatePart): string {
  return `${id}-${part}`;
}

/**
 * The id the error summary should link to: the first erroneous item, or the first item
 * when the error is about the whole date.
 */
export function dateInputErrorTargetId(id: string, errorItems: readonly DatePart[] = [], parts: readonly DatePart[] = ALL_PARTS): string {
  const first = parts.find((part) => errorItems.includes(part)) ?? parts[0] ?? "day";
  return dateInputItemId(id, first);
}

/** A date as three text inputs in a fieldset, following govuk-frontend's date input. */
export function DateInput({
  id,
  namePrefix,
  legend,
  hint,
  errorMessage,
  errorItems = [],
  values = {},
  autoCompletePrefix,
  parts = ALL_PARTS,
  className,
  formGroupClassName,
}: DateInputProps) {
  const field = fieldMessages(id, hint, errorMessage);
  const hasError = field.hasError;
  const anyItemHasError = errorItems.length > 0;

  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      {/* role="group": JAWS reads the description of a fieldset of text inputs only with it. */}
      <Fieldset legend={legend} role="group" describedBy={field.describedBy()}>
        {field.messages}
        <div className={classNames("govuk-date-input", className)} id={id}>
          {parts.map((part) => {
            const itemHasError = errorItems.includes(part) || (hasError && !anyItemHasError);
            const itemId = dateInputItemId(id, part);
            return (
              <div key={part} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={itemId}>
                    {PART_LABELS[part]}
                  </label>
                  <input
                    className={classNames(
                      "govuk-input govuk-date-input__input",
                      itemHasError && "govuk-input--error",
                      part === "year" ? "govuk-input--width-4" : "govuk-input--width-2",
                    )}
                    id={itemId}
                    name={namePrefix ? `${namePrefix}-${part}` : part}
                    type="text"
                    defaultValue={values[part]}
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
