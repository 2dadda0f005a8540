import { classNames } from "./class-names";
import { Hint } from "./hint";
import { Textarea, type TextareaProps } from "./textarea";

type CharacterCountLimit = { maxLength: number; maxWords?: undefined } | { maxWords: number; maxLength?: undefined };

export type CharacterCountProps = Omit<TextareaProps, "formGroupAttributes" | "afterInput" | "describedBy"> &
  CharacterCountLimit & {
    /** Percentage of the limit at which GOV.UK Frontend's JavaScript starts showing the count. */
    threshold?: number;
    /** Replaces "You can enter up to %{count} characters" (or words); `%{count}` is the limit. */
    textareaDescriptionText?: string;
  };

/**
 * A textarea with a limit. Without JavaScript it shows "You can enter up to N characters"
 * under the textarea; GOV.UK Frontend's JavaScript turns that into a live count. The
 * textarea has no `maxlength`: the user may go over and the server says so.
 */
export function CharacterCount(props: CharacterCountProps) {
  const { maxLength, maxWords, threshold, textareaDescriptionText, className, formGroupClassName, ...textarea } = props;
  const id = textarea.id ?? textarea.name;
  const countType = maxWords !== undefined ? "words" : "characters";
  const limit = maxWords ?? maxLength;
  const description = (textareaDescriptionText ?? `You can enter up to %{count} ${countType}`).replace("%{count}", String(limit));
  return (
    <Textarea
      {...textarea}
      id={id}
      describedBy={`${id}-info`}
      className={classNames("govuk-js-character-count", className)}
      formGroupClassName={classNames("govuk-character-count", formGroupClassName)}
      formGroupAttributes={{
        "data-module": "govuk-character-count",
        "data-maxlength": maxLength === undefined ? undefined : String(maxLength),
        "data-maxwords": maxWords === undefined ? undefined : String(maxWords),
        "data-threshold": threshold === undefined ? undefined : String(threshold),
        "data-count-type": maxWords === undefined ? undefined : "words",
      }}
      afterInput={
        <Hint id={`${id}-info`} className="govuk-character-count__message">
          {description}
        </Hint>
      }
    />
  );
}
