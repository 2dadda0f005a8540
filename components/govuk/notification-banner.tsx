import type { AriaRole, ReactNode } from "react";
import { classNames } from "./class-names";
import type { HeadingLevel } from "./panel";

export interface NotificationBannerProps {
  /** A success banner is green, titled "Success" and announced at once (`role="alert"`). */
  type?: "success";
  /** Defaults to "Important", or "Success" for a success banner. */
  title?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: HeadingLevel;
  /** Overrides the role: `alert` for success, otherwise `region` (a landmark). */
  role?: AriaRole;
  /** With GOV.UK Frontend's JavaScript a success banner takes focus unless this is true. */
  disableAutoFocus?: boolean;
  /** A single line, styled as the banner's heading (`govuk-notification-banner__heading`). */
  text?: ReactNode;
  /** Free content, instead of `text`. */
  children?: ReactNode;
  className?: string;
}

export function NotificationBanner({
  type,
  title,
  titleId = "govuk-notification-banner-title",
  titleHeadingLevel = 2,
  role,
  disableAutoFocus,
  text,
  children,
  className,
}: NotificationBannerProps) {
  const isSuccess = type === "success";
  const Heading = `h${titleHeadingLevel}` as const;
  return (
    <div
      className={classNames("govuk-notification-banner", isSuccess && "govuk-notification-banner--success", className)}
      role={role ?? (isSuccess ? "alert" : "region")}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? "Success" : "Important")}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">{children ?? (text ? <p className="govuk-notification-banner__heading">{text}</p> : null)}</div>
    </div>
  );
}
