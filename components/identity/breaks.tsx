// Where long words may break. An email address in a narrow column breaks after its "@" and
// before each "." rather than mid-word (GOV.UK's break-word class breaks anywhere, even where it
// fits); a change request's reference never breaks at its hyphen.
import { Fragment } from "react";

/** The address with a line-break opportunity after "@" and before each "."; mid-word only if a part is wider than the column. */
export function BreakableEmail({ email }: { email: string }) {
  const parts = email.split(/(?=\.)|(?<=@)/);
  return (
    <span className="app-wrap-anywhere">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

/** "CR-VWTJJ2" kept on one line. */
export function Reference({ reference }: { reference: string }) {
  return <span className="app-no-wrap">{reference}</span>;
}
