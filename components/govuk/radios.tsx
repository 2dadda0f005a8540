import { Fragment, type ReactNode } from "react";
import { classNames, hasContent } from "./class-names";
import { fieldMessages, FormGroup } from "./form-group";
import { Fieldset, type LegendOptions } from "./fieldset";

export interface RadioItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Defaults to the group's id prefix, then `-2`, `-3`… by position, so the error summary can link to the first. */
  id?: string;
  /**
   * Shown under the item. Without JavaScript it is always visible; with GOV.UK Frontend's
   * JavaScript it shows only while the item is checked.
   */
  conditional?: ReactNode;
  checked?: boolean;
  disabled?: boolean;
  labelClassName?: string;
}

/** The word between items, usually "or". */
export interface RadioDivider {
  divider: string;
}

export interface RadiosProps {
  name: string;
  /** Prefix for item, hint and error ids; defaults to `name`. */
  idPrefix?: string;
  /** Falsy entries are skipped (but still count for the position-based ids, as in the template). */
  items: (RadioItem | RadioDivider | null | undefined | false)[];
  /** The checked value (echo the submitted value after a server action). */
  value?: string;
  /** With a legend the radios sit in a fieldset. */
  legend?: LegendOptions;
  hint?: ReactNode;
  /** A message makes the field erroneous; falsy means no error. */
  errorMessage?: ReactNode;
  /** Side by side, for two short answers such as yes and no. */
  inline?: boolean;
  small?: boolean;
  className?: string;
  formGroupClassName?: string;
}

export function Radios({ name, idPrefix = name, items, value, legend, hint, errorMessage, inline, small, className, formGroupClassName }: RadiosProps) {
  const field = fieldMessages(idPrefix, hint, errorMessage);
  const hasError = field.hasError;

  const inner = (
    <>
      {field.messages}
      <div className={classNames("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small", className)} data-module="govuk-radios">
        {items.map((item, index) => {
          if (!item) return null;
          if ("divider" in item) {
            return (
              <div key={index} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = `${itemId}-item-hint`;
          const isChecked = Boolean(item.checked || (value !== undefined && item.value === value && item.checked !== false));
          const hasItemHint = hasContent(item.hint);
          const hasConditional = hasContent(item.conditional);
          return (
            <Fragment key={index}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={isChecked}
                  disabled={item.disabled || undefined}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  aria-describedby={hasItemHint ? itemHintId : undefined}
                />
                <label className={classNames("govuk-label govuk-radios__label", item.labelClassName)} htmlFor={itemId}>
                  {item.text}
                </label>
                {hasItemHint ? (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              {hasConditional ? (
                <div className={classNames("govuk-radios__conditional", !isChecked && "govuk-radios__conditional--hidden")} id={conditionalId}>
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
        <Fieldset legend={legend} describedBy={field.describedBy()}>
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
