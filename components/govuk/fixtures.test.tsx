// Renders each component with the options of govuk-frontend 6.6's own fixtures and checks
// that the markup matches the fixture's HTML (structure, attributes, classes and text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement, ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { htmlTokens } from "./fixture-html";
import {
  BackLink,
  Button,
  CharacterCount,
  Checkboxes,
  DateInput,
  Details,
  ErrorMessage,
  ErrorSummary,
  Fieldset,
  FileUpload,
  Footer,
  Header,
  Hint,
  InsetText,
  Label,
  NotificationBanner,
  Panel,
  PhaseBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
  SummaryCard,
  SummaryList,
  Table,
  Tag,
  TextInput,
  Textarea,
  WarningText,
  type DatePart,
  type InputWidth,
  type SummaryListAction,
  type SummaryListRow,
  type TagColour,
} from "./index";

// Fixture options are free-form JSON in the Nunjucks macros' shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field, as the macros do
type Params = Record<string, any>;

const componentsDir = path.join(path.dirname(createRequire(import.meta.url).resolve("govuk-frontend/package.json")), "dist/govuk/components");

function fixture(component: string, name: string): { options: Params; html: string } {
  const file = JSON.parse(readFileSync(path.join(componentsDir, component, "fixtures.json"), "utf8")) as {
    fixtures: { name: string; options: Params; html: string }[];
  };
  const found = file.fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`No fixture "${name}" for ${component}`);
  return found;
}

// `html` options are passed through as placeholders and put back after rendering.
let rawHtml: string[] = [];
function content(params: Params | undefined): ReactNode {
  if (!params) return undefined;
  if (params.html) {
    rawHtml.push(params.html as string);
    return `RAWHTML${rawHtml.length - 1}END`;
  }
  return params.text as ReactNode;
}
const textOrHtml = (value: Params | undefined) => (value ? content(value) : undefined);
const label = (p: Params) => ({ text: content(p), className: p.classes, isPageHeading: p.isPageHeading });
const legend = (p: Params | undefined) =>
  p?.legend ? { text: content(p.legend), className: p.legend.classes, isPageHeading: p.legend.isPageHeading } : undefined;
const action = (a: Params): SummaryListAction => ({
  href: a.href,
  text: content(a),
  visuallyHiddenText: a.visuallyHiddenText,
  className: a.classes,
});
const rows = (list: Params[]): SummaryListRow[] =>
  list.map((r) => ({
    key: content(r.key),
    value: content(r.value),
    actions: r.actions?.items?.map(action),
    className: r.classes,
  }));
const widthFromClasses = (classes: string | undefined): InputWidth | undefined => {
  const match = classes?.match(/govuk-input--width-(\d+)/);
  return match ? (Number(match[1]) as InputWidth) : undefined;
};

const adapters: Record<string, (o: Params) => ReactElement> = {
  "skip-link": (o) => <SkipLink href={o.href}>{content(o)}</SkipLink>,
  header: (o) => <Header productName={o.productName} homepageUrl={o.homepageUrl} />,
  "service-navigation": (o) => (
    <ServiceNavigation
      serviceName={o.serviceName}
      serviceUrl={o.serviceUrl}
      navigation={(o.navigation ?? []).map((n: Params) => ({ href: n.href, text: content(n), active: n.active, current: n.current }))}
    />
  ),
  "phase-banner": (o) => <PhaseBanner tag={content(o.tag)}>{content(o)}</PhaseBanner>,
  footer: (o) => (
    <Footer
      meta={o.meta ? { items: o.meta.items, children: textOrHtml(o.meta.html ? { html: o.meta.html } : undefined) } : undefined}
      contentLicence={o.contentLicence === null ? null : undefined}
    />
  ),
  "back-link": (o) => <BackLink href={o.href ?? "#"}>{content(o) ?? undefined}</BackLink>,
  button: (o) => {
    const variant = (o.classes as string | undefined)?.match(/govuk-button--(secondary|warning|inverse)/)?.[1] as
      "secondary" | "warning" | "inverse" | undefined;
    return o.href ? (
      <Button href={o.href} isStartButton={o.isStartButton} variant={variant}>
        {content(o)}
      </Button>
    ) : (
      <Button
        name={o.name}
        value={o.value}
        type={o.type}
        disabled={o.disabled}
        preventDoubleClick={o.preventDoubleClick}
        isStartButton={o.isStartButton}
        variant={variant}
        id={o.id}
      >
        {content(o)}
      </Button>
    );
  },
  tag: (o) => <Tag colour={(o.classes as string | undefined)?.replace("govuk-tag--", "") as TagColour | undefined}>{content(o)}</Tag>,
  "inset-text": (o) => <InsetText id={o.id}>{content(o)}</InsetText>,
  details: (o) => (
    <Details id={o.id} open={o.open} summary={o.summaryHtml ? content({ html: o.summaryHtml }) : o.summaryText}>
      {content(o)}
    </Details>
  ),
  panel: (o) => (
    <Panel title={o.titleHtml ? content({ html: o.titleHtml }) : o.titleText} headingLevel={o.headingLevel}>
      {content(o)}
    </Panel>
  ),
  "warning-text": (o) => <WarningText iconFallbackText={o.iconFallbackText}>{content(o)}</WarningText>,
  "notification-banner": (o) => (
    <NotificationBanner type={o.type} title={o.titleText} titleId={o.titleId} titleHeadingLevel={o.titleHeadingLevel} text={o.text}>
      {o.html ? content({ html: o.html }) : undefined}
    </NotificationBanner>
  ),
  "error-summary": (o) => (
    <ErrorSummary
      title={o.titleText}
      description={o.descriptionText}
      disableAutoFocus={o.disableAutoFocus}
      errors={(o.errorList ?? []).map((e: Params) => ({ text: content(e), href: e.href }))}
    />
  ),
  "error-message": (o) => <ErrorMessage id={o.id}>{content(o)}</ErrorMessage>,
  hint: (o) => <Hint id={o.id}>{content(o)}</Hint>,
  label: (o) => <Label {...label(o)} htmlFor={o.for} />,
  fieldset: (o) => <Fieldset legend={legend(o)}>{o.html ? content({ html: o.html }) : null}</Fieldset>,
  "summary-list": (o) =>
    o.card ? (
      <SummaryCard title={o.card.title?.text} headingLevel={o.card.title?.headingLevel} actions={o.card.actions?.items?.map(action)} rows={rows(o.rows)} />
    ) : (
      <SummaryList rows={rows(o.rows)} noBorder={o.classes === "govuk-summary-list--no-border"} />
    ),
  input: (o) => (
    <TextInput
      name={o.name}
      id={o.id}
      label={label(o.label)}
      hint={textOrHtml(o.hint)}
      errorMessage={textOrHtml(o.errorMessage)}
      defaultValue={o.value}
      width={widthFromClasses(o.classes)}
      extraLetterSpacing={(o.classes as string | undefined)?.includes("govuk-input--extra-letter-spacing")}
      prefix={textOrHtml(o.prefix)}
      suffix={textOrHtml(o.suffix)}
    />
  ),
  "date-input": (o) => {
    const parts = (["day", "month", "year"] as DatePart[]).filter((part) => o[part] !== false);
    const prefix = o.namePrefix ? `${o.namePrefix}-` : "";
    const values = Object.fromEntries(parts.filter((part) => o.values?.[prefix + part] !== undefined).map((part) => [part, String(o.values[prefix + part])]));
    return (
      <DateInput
        id={o.id}
        namePrefix={o.namePrefix}
        legend={legend(o.fieldset) ?? { text: "" }}
        hint={textOrHtml(o.hint)}
        errorMessage={textOrHtml(o.errorMessage)}
        errorItems={parts.filter((part) => o[part]?.error)}
        values={values}
        parts={parts}
      />
    );
  },
  radios: (o) => (
    <Radios
      name={o.name}
      idPrefix={o.idPrefix}
      legend={legend(o.fieldset)}
      hint={textOrHtml(o.hint)}
      errorMessage={textOrHtml(o.errorMessage)}
      inline={(o.classes as string | undefined)?.includes("govuk-radios--inline")}
      small={(o.classes as string | undefined)?.includes("govuk-radios--small")}
      formGroupClassName={o.formGroup?.classes}
      value={o.value}
      items={o.items.map((i: Params) =>
        i.divider
          ? { divider: i.divider }
          : { value: i.value, text: content(i), id: i.id, hint: textOrHtml(i.hint), checked: i.checked, conditional: textOrHtml(i.conditional) },
      )}
    />
  ),
  checkboxes: (o) => (
    <Checkboxes
      name={o.name}
      idPrefix={o.idPrefix}
      legend={legend(o.fieldset)}
      hint={textOrHtml(o.hint)}
      errorMessage={textOrHtml(o.errorMessage)}
      values={o.values}
      items={o.items.map((i: Params) =>
        i.divider
          ? { divider: i.divider }
          : {
              value: i.value,
              text: content(i),
              id: i.id,
              name: i.name,
              hint: textOrHtml(i.hint),
              checked: i.checked,
              behaviour: i.behaviour,
              conditional: textOrHtml(i.conditional),
            },
      )}
    />
  ),
  "file-upload": (o) => (
    <FileUpload
      name={o.name}
      id={o.id}
      label={label(o.label)}
      hint={textOrHtml(o.hint)}
      errorMessage={textOrHtml(o.errorMessage)}
      javascript={o.javascript}
      multiple={o.multiple}
    />
  ),
  textarea: (o) => (
    <Textarea
      name={o.name}
      id={o.id}
      label={label(o.label)}
      hint={textOrHtml(o.hint)}
      errorMessage={textOrHtml(o.errorMessage)}
      defaultValue={o.value}
      rows={o.rows}
    />
  ),
  table: (o) => (
    <Table
      caption={o.caption}
      captionClassName={o.captionClasses}
      className={o.classes}
      firstCellIsHeader={o.firstCellIsHeader}
      head={o.head?.map((h: Params) => ({ children: content(h), format: h.format, className: h.classes, colSpan: h.colspan, rowSpan: h.rowspan }))}
      rows={(o.rows as (Params[] | null | false)[]).map(
        (row, index) =>
          row && {
            key: index,
            cells: row.map((c) => ({ children: content(c), format: c.format, className: c.classes, colSpan: c.colspan, rowSpan: c.rowspan })),
          },
      )}
    />
  ),
  "character-count": (o) => {
    const common = {
      name: o.name,
      id: o.id,
      label: label(o.label),
      hint: textOrHtml(o.hint),
      errorMessage: textOrHtml(o.errorMessage),
      defaultValue: o.value,
      rows: o.rows,
      threshold: o.threshold,
    };
    return o.maxwords ? <CharacterCount {...common} maxWords={o.maxwords} /> : <CharacterCount {...common} maxLength={o.maxlength} />;
  },
};

const cases: Record<string, string[]> = {
  "skip-link": ["default"],
  header: ["default", "with product name", "custom homepage url"],
  "service-navigation": [
    "default",
    "with service name",
    "with service link",
    "with navigation with a current item",
    "with navigation with an active item",
    "with service name and navigation",
    "with non-link navigation items",
    "with a single navigation item",
  ],
  "phase-banner": ["default"],
  footer: ["default", "with only meta links", "with meta links and meta content", "with no content licence"],
  "back-link": ["default", "with custom text and link"],
  button: ["default", "disabled", "link", "start", "start link", "secondary", "warning", "prevent double click", "don't prevent double click", "id", "value"],
  tag: ["default", "grey", "green", "red"],
  "inset-text": ["default"],
  details: ["default", "expanded"],
  panel: ["default", "custom heading level"],
  "warning-text": ["default"],
  "notification-banner": ["default", "with type as success", "custom title", "custom title heading level"],
  "error-summary": ["default", "description", "mixed with and without links"],
  "error-message": ["default"],
  hint: ["default"],
  label: ["default", "as page heading xl", "styled as large text"],
  fieldset: ["default", "as page heading xl"],
  "summary-list": [
    "default",
    "with actions",
    "no-border",
    "as a summary card with a text header",
    "as a summary card with actions",
    "as a summary card with actions plus summary list actions",
  ],
  input: [
    "default",
    "with hint text",
    "with error message",
    "with error and hint",
    "with width-2 class",
    "with width-30 class",
    "with label as page heading",
    "with prefix and suffix",
    "with prefix and suffix and error",
    "with extra letter spacing",
  ],
  "date-input": [
    "default",
    "with values",
    "with values and name prefix",
    "month and year",
    "day and month",
    "with errors only",
    "with error message and hint",
    "with error on day input",
    "with error on month input",
    "with error on year input",
  ],
  radios: [
    "default",
    "with hint",
    "inline",
    "with a divider",
    "with hints on items",
    "without fieldset",
    "with fieldset and error message",
    "with conditional items",
    "with conditional item checked",
    "with legend as page heading",
  ],
  checkboxes: ["default", "with hint", "with pre-checked values", "with divider and None", "with hints on items", "with error message"],
  "file-upload": ["default", "with hint text", "with error message and hint", "enhanced"],
  textarea: ["default", "with hint", "with error message", "with default value", "with custom rows", "with label as page heading"],
  table: [
    "default",
    "with head",
    "with head and caption",
    "with firstCellIsHeader true",
    "classes",
    "head with classes",
    "rows with classes",
    "firstCellIsHeader with classes",
    "html",
    "with falsy items",
    "rows with rowspan and colspan",
  ],
  "character-count": ["default", "with hint and error", "with default value", "with custom rows", "with maxwords", "with threshold"],
};

describe("components match govuk-frontend 6.6's fixtures", () => {
  for (const [component, names] of Object.entries(cases)) {
    const adapter = adapters[component];
    if (!adapter) throw new Error(`No adapter for ${component}`);
    for (const name of names) {
      it(`${component}: ${name}`, () => {
        const { options, html } = fixture(component, name);
        rawHtml = [];
        let rendered = renderToStaticMarkup(adapter(options));
        rendered = rendered.replace(/RAWHTML(\d+)END/g, (_, index: string) => rawHtml[Number(index)] ?? "");
        expect(htmlTokens(rendered)).toEqual(htmlTokens(html));
      });
    }
  }
});
