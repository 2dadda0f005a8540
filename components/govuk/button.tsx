import type { ButtonHTMLAttributes, ReactNode } from "react";
import { classNames } from "./class-names";

interface ButtonCommonProps {
  children: ReactNode;
  variant?: "secondary" | "warning" | "inverse";
  /** The start button: bigger, with an arrow; for the call to action on a start page. */
  isStartButton?: boolean;
  id?: string;
  className?: string;
}

export interface LinkButtonProps extends ButtonCommonProps {
  /** Renders an `<a role="button">` to this address. */
  href: string;
}

export interface SubmitButtonProps extends ButtonCommonProps {
  href?: undefined;
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  disabled?: boolean;
  /** With GOV.UK Frontend's JavaScript, ignores a second click within a second. */
  preventDoubleClick?: boolean;
  /** A server action (or URL) for this button only, for forms with more than one submit button. */
  formAction?: ButtonHTMLAttributes<HTMLButtonElement>["formAction"];
  form?: string;
}

export type ButtonProps = LinkButtonProps | SubmitButtonProps;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** A GOV.UK button: a `<button>` (submit by default) or, with `href`, a link styled as one. */
export function Button(props: ButtonProps) {
  const { children, variant, isStartButton, id, className } = props;
  const classes = classNames("govuk-button", variant && `govuk-button--${variant}`, className, isStartButton && "govuk-button--start");
  // Start buttons are flex containers, which drop the spaces between inline elements: wrap markup in a span.
  const content = isStartButton && typeof children !== "string" && typeof children !== "number" ? <span>{children}</span> : children;

  if (props.href !== undefined) {
    return (
      <a href={props.href} role="button" draggable={false} className={classes} data-module="govuk-button" id={id}>
        {content}
        {isStartButton ? <StartIcon /> : null}
      </a>
    );
  }

  const { type = "submit", name, value, disabled, preventDoubleClick, formAction, form } = props;
  return (
    <button
      type={type}
      value={value}
      name={name}
      disabled={disabled || undefined}
      aria-disabled={disabled ? "true" : undefined}
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
      className={classes}
      data-module="govuk-button"
      id={id}
      formAction={formAction}
      form={form}
    >
      {content}
      {isStartButton ? <StartIcon /> : null}
    </button>
  );
}
