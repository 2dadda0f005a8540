export { BackLink, type BackLinkProps } from "./back-link";
export { Button, type ButtonProps, type LinkButtonProps, type SubmitButtonProps } from "./button";
export { CharacterCount, type CharacterCountProps } from "./character-count";
export {
  Checkboxes,
  type CheckboxDivider,
  type CheckboxesProps,
  type CheckboxItem,
} from "./checkboxes";
export {
  DateInput,
  dateInputErrorTargetId,
  dateInputItemId,
  type DateInputProps,
  type DatePart,
} from "./date-input";
export { Details, type DetailsProps } from "./details";
export { ErrorMessage, type ErrorMessageProps } from "./error-message";
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from "./error-summary";
export { Fieldset, type FieldsetProps, type LegendOptions } from "./fieldset";
export { FileUpload, type FileUploadProps } from "./file-upload";
export { fieldMessages, FormGroup, type FieldMessages, type FormGroupProps } from "./form-group";
export { Footer, type FooterLink, type FooterMeta, type FooterProps } from "./footer";
export { Header, type HeaderProps } from "./header";
export { Hint, type HintProps } from "./hint";
export { InsetText, type InsetTextProps } from "./inset-text";
export { Label, type LabelOptions, type LabelProps } from "./label";
export { GovukLogo, type GovukLogoProps } from "./logo";
export { NotificationBanner, type NotificationBannerProps } from "./notification-banner";
export { Panel, type HeadingLevel, type PanelProps } from "./panel";
export { PhaseBanner, type PhaseBannerProps } from "./phase-banner";
export { Radios, type RadioDivider, type RadioItem, type RadiosProps } from "./radios";
export {
  ServiceNavigation,
  type ServiceNavigationItem,
  type ServiceNavigationProps,
} from "./service-navigation";
export { SkipLink, type SkipLinkProps } from "./skip-link";
export { SummaryCard, type SummaryCardProps } from "./summary-card";
export {
  SummaryList,
  SummaryListActionLink,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from "./summary-list";
export {
  Table,
  type TableCell,
  type TableCellFormat,
  type TableHeadCell,
  type TableProps,
  type TableRow,
} from "./table";
export { Tag, type TagColour, type TagProps } from "./tag";
export { GovukTemplate, type GovukTemplateProps } from "./template";
export { TextInput, inputWidthClass, type InputWidth, type TextInputProps } from "./text-input";
export { Textarea, type TextareaProps } from "./textarea";
export { WarningText, type WarningTextProps } from "./warning-text";
export { Pagination, pageNumbers, type PaginationProps } from "./pagination";
