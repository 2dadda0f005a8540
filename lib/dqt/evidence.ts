// The document a teacher sends with a change request. Its type is decided by its bytes (never
// its name or the browser's word for it); only PDF, JPG and PNG up to 3 MB are taken. Images
// are drawn again without their metadata (EXIF, GPS) before they are stored; PDFs are stored
// as sent. Each refusal says exactly what was wrong, in GOV.UK's file upload wording.
import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;
export const EVIDENCE_TYPES = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" } as const;
export type EvidenceContentType = keyof typeof EVIDENCE_TYPES;

export const EVIDENCE_MESSAGES = {
  missing: "Select a document that shows the change",
  empty: "The selected file is empty",
  tooBig: "The selected file must be smaller than 3MB",
  wrongType: "The selected file must be a PDF, JPG or PNG",
  unreadable: "The selected file could not be read. Try saving it again as a PDF, JPG or PNG",
} as const;

export interface CheckedEvidence {
  fileName: string;
  contentType: EvidenceContentType;
  bytes: Buffer;
  size: number;
  sha256: string;
}

export type EvidenceCheck = { ok: true; evidence: CheckedEvidence } | { ok: false; message: string };

/** A browser sends an empty, nameless file part when no file was chosen. */
function isFile(value: unknown): value is Blob & { name?: string } {
  return typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function";
}

export async function checkEvidence(upload: unknown): Promise<EvidenceCheck> {
  if (!isFile(upload)) return { ok: false, message: EVIDENCE_MESSAGES.missing };
  const name = typeof upload.name === "string" ? upload.name : "";
  if (upload.size === 0) return { ok: false, message: name ? EVIDENCE_MESSAGES.empty : EVIDENCE_MESSAGES.missing };
  if (upload.size > MAX_EVIDENCE_BYTES) return { ok: false, message: EVIDENCE_MESSAGES.tooBig };
  const sent = Buffer.from(await upload.arrayBuffer());
  const sniffed = await fileTypeFromBuffer(sent).catch(() => undefined);
  const contentType = sniffed?.mime;
  if (!contentType || !(contentType in EVIDENCE_TYPES)) return { ok: false, message: EVIDENCE_MESSAGES.wrongType };
  const bytes = contentType === "application/pdf" ? sent : await withoutMetadata(sent, contentType as "image/jpeg" | "image/png");
  if (!bytes) return { ok: false, message: EVIDENCE_MESSAGES.unreadable };
  return {
    ok: true,
    evidence: {
      fileName: safeFileName(name, contentType as EvidenceContentType),
      contentType: contentType as EvidenceContentType,
      bytes,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  };
}

/** The image drawn again in its own format: sharp keeps no metadata unless asked to. Turned upright first, as EXIF said. */
async function withoutMetadata(bytes: Buffer, contentType: "image/jpeg" | "image/png"): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 }).rotate();
    return contentType === "image/jpeg" ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer() : await image.png().toBuffer();
  } catch {
    return null;
  }
}

const EXTENSIONS: Record<EvidenceContentType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** The name as sent, without folders or control characters, ending in the extension of what it really is. */
export function safeFileName(name: string, contentType: EvidenceContentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"]/g, "")
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 200) || "document";
  return `${stem}.${EXTENSIONS[contentType]}`;
}

/** "2.4 MB", "38 KB": a file's size as GOV.UK writes it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
