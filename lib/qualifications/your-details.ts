// The "Your details" box beside the cards: what the certificates carry, and any change to it
// that support has not yet reviewed.
import type { ChangeRequestKind, TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "./wording";

export interface YourDetails {
  /** The DQT name: the name on certificates, never the DfE Identity account's. */
  name: string;
  trn: string;
  /** Tag text for the name row, such as "Change requested"; null when nothing is pending. */
  nameChange: string | null;
  /** Tag text for a pending date of birth change, which the box mentions without showing the date. */
  dateOfBirthChange: string | null;
}

export const PENDING_CHANGE_WORDS: Record<ChangeRequestKind, string> = {
  NAME: "Change requested",
  DATE_OF_BIRTH: "Change requested",
};

export function yourDetails(
  record: Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName" | "pendingChanges">,
): YourDetails {
  const pending = (kind: ChangeRequestKind) => (record.pendingChanges.includes(kind) ? PENDING_CHANGE_WORDS[kind] : null);
  return { name: dqtName(record), trn: record.trn, nameChange: pending("NAME"), dateOfBirthChange: pending("DATE_OF_BIRTH") };
}
