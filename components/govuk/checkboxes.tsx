import { Fragment, type ReactNode } from "react";
import { classNames, describedBy as joinIds, hasContent } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
import { Fieldset, type LegendOptions } from "./fieldset";

export interface CheckboxItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Defaults to the group's id prefix, then `-2`, `-3`… by position, so the error summary can link to the first. */
  id?: string;
  /** Overrides the group's name for this item. */
  name?: string;
  /** Shown under the item; always visible without JavaScript. */
  conditional?: ReactNode;
  checked?: boolean;
  disabled?: boolean;
  /** `"exclusive"` for a "None" option that unticks the others (with JavaScript). */
  behaviour?: "exclusive";
  labelClassName?: string;
}

/** The word between items, usually "or". */
export interface CheckboxDivider {
  divider: string;
}

export interface CheckboxesProps {
  name: string;
  /** Prefix for item, hint and error ids; defaults to `name`. */
  idPrefix?: string;
  items: (CheckboxItem | CheckboxDivider | null | undefined | false)[];
  /** The checked values (echo the submitted values after a server action). */
  values?: readonly string[];
  /** With a legend the checkboxes sit in a fieldset. */
  legend?: LegendOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  small?: boolean;
  /** Ids of other elements describing the group, before the hint and error ids. */
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
}

export function Checkboxes({
  name,
  idPrefix = name,
  items,
  values,
  legend,
  hint,
  errorMessage,
  small,
  describedBy,
  className,
  formGroupClassName,
}: CheckboxesProps) {
  const field = fieldMessages(idPrefix, hint, errorMessage);
  const hasError = field.hasError;
  const groupDescribedBy = field.describedBy(describedBy);

  const inner = (
    <>
      {field.messages}
      <div className={classNames("govuk-checkboxes", small && "govuk-checkboxes--small", className)} data-module="govuk-checkboxes">
        {items.map((item, index) => {
          if (!item) return null;
          if ("divider" in item) {
            return (
              <div key={index} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const hasItemHint = hasContent(item.hint);
          const itemHintId = `${itemId}-item-hint`;
          const isChecked = Boolean(item.checked || (values !== undefined && values.includes(item.value) && item.checked !== false));
          const hasConditional = hasContent(item.conditional);
          // Without a fieldset each checkbox carries the group's hint and error itself.
          const itemDescribedBy = joinIds(legend ? undefined : groupDescribedBy, hasItemHint && itemHintId);
          return (
            <Fragment key={index}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={item.name || name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={isChecked}
                  disabled={item.disabled || undefined}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  data-behaviour={item.behaviour}
                  aria-describedby={itemDescribedBy}
                />
                <label className={classNames("govuk-label govuk-checkboxes__label", item.labelClassName)} htmlFor={itemId}>
                  {item.text}
                </label>
                {hasItemHint ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              {hasConditional ? (
                <div className={classNames("govuk-checkboxes__conditional", !isChecked && "govuk-checkboxes__conditional--hidden")} id={conditionalId}>
                  {item.conditional}
                </div>
              ) : null}
            </Fragment>
          );
        })}
      </div>
    </>
  );

  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      {legend ? (
        <Fieldset legend={legend} describedBy={groupDescribedBy}>
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
