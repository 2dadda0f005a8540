// The "Your details" box beside the cards: what the certificates carry, and any change to it
// that support has not yet reviewed.
import type { ChangeRequestKind, TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "@/lib/dqt/wording";

export interface YourDetails {
  /** The DQT name: the name on certificates, never the DfE Identity account's. */
  name: string;
  trn: string;
  /** A name change waiting for support: its tag text and its reference; null when nothing is pending. */
  nameChange: PendingChangeTag | null;
  /** A pending date of birth change, which the box mentions without showing the date. */
  dateOfBirthChange: PendingChangeTag | null;
}

export interface PendingChangeTag {
  /** "Change requested". */
  tag: string;
  /** The request's reference, for the link to it. */
  reference: string;
}

export const PENDING_CHANGE_WORDS: Record<ChangeRequestKind, string> = {
  NAME: "Change requested",
  DATE_OF_BIRTH: "Change requested",
};

export function yourDetails(record: Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName" | "pendingChanges">): YourDetails {
  const pending = (kind: ChangeRequestKind): PendingChangeTag | null => {
    const change = record.pendingChanges.find((candidate) => candidate.kind === kind);
    return change ? { tag: PENDING_CHANGE_WORDS[kind], reference: change.reference } : null;
  };
  return { name: dqtName(record), trn: record.trn, nameChange: pending("NAME"), dateOfBirthChange: pending("DATE_OF_BIRTH") };
}
