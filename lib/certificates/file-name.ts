// The download's file name, `<name>_<type>_certificate.pdf`, in plain ASCII so every browser and
// file system keeps it as it is (Content-Disposition's filename="…" cannot carry anything else safely).
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "@/lib/dqt/wording";
import type { Certificate } from "./available";

// Letters that Unicode decomposition does not reduce to a base letter plus an accent.
// prettier-ignore
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", ł: "l", Ł: "L",
  đ: "d", Đ: "D", ð: "d", Ð: "D", þ: "th", Þ: "Th", ı: "i", ħ: "h", Ħ: "H",
};

const MAX_NAME_LENGTH = 100;

/** "Siân O'Brien-Jones" → "Sian_OBrien-Jones": accents dropped, apostrophes removed, spaces as underscores. */
export function asciiFileNamePart(text: string): string {
  return text
    .replace(/[ßæÆœŒøØłŁđĐðÐþÞıħĦ]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’‘`ʼ]/g, "")
    .replace(/[^A-Za-z0-9-]+/g, "_")
    .replace(/^[_-]+|[_-]+$/g, "")
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[_-]+$/, "");
}

function typeInFileName(certificate: Certificate): string {
  return certificate.type === "npq" ? certificate.npqType.toLowerCase() : certificate.type;
}

/** Such as "Tomasz_Nowak_qts_certificate.pdf"; a name with no Latin letters falls back to the TRN. */
export function certificateFileName(
  record: Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName">,
  certificate: Certificate,
): string {
  const name = asciiFileNamePart(dqtName(record)) || record.trn;
  return `${name}_${typeInFileName(certificate)}_certificate.pdf`;
}
