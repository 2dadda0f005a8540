// The document a teacher sends with a change request. Its type is decided by its bytes (never
// its name or the browser's word for it): a JPG or PNG photo up to 20 MB, or a PDF up to 10 MB.
// Photos are made smaller on arrival (turned upright as EXIF says, longest side at most
// 2,400 px, JPEG, no metadata: no GPS position) and never stored larger than they came; PDFs
// are stored as sent. Each refusal is a problem code (it travels in the page's address after a
// plain form post) with GOV.UK's file upload wording.
import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

const MB = 1024 * 1024;
export const MAX_PHOTO_BYTES = 20 * MB;
export const MAX_PDF_BYTES = 10 * MB;
/** The largest form post the upload reads: the largest photo and the few fields around it. */
export const MAX_UPLOAD_BODY_BYTES = MAX_PHOTO_BYTES + 64 * 1024;
export const LONGEST_SIDE = 2400;

export const EVIDENCE_TYPES = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" } as const;
export type EvidenceContentType = keyof typeof EVIDENCE_TYPES;

export const EVIDENCE_PROBLEMS = {
  missing: "Select a document that shows the change",
  empty: "The selected file is empty",
  "too-big": "The selected file must be smaller than 20MB",
  "pdf-too-big": "The selected PDF must be smaller than 10MB",
  heic: "The selected file is a HEIC photo. Upload a JPG, PNG or PDF",
  "wrong-type": "The selected file must be a JPG, PNG or PDF",
  unreadable: "The selected file could not be read. Try saving it again as a JPG, PNG or PDF",
  "too-many": "You’ve uploaded 10 files in the last hour. Wait an hour, then try again",
} as const;
export type EvidenceProblem = keyof typeof EVIDENCE_PROBLEMS;

/** The problem named in an address (`?error=too-big`), or null for anything else. */
export function evidenceProblem(value: unknown): EvidenceProblem | null {
  return typeof value === "string" && Object.hasOwn(EVIDENCE_PROBLEMS, value) ? (value as EvidenceProblem) : null;
}

export interface CheckedEvidence {
  fileName: string;
  contentType: EvidenceContentType;
  bytes: Buffer;
  size: number;
  sha256: string;
}

export type EvidenceCheck = { ok: true; evidence: CheckedEvidence } | { ok: false; problem: EvidenceProblem };

/** A browser sends an empty, nameless file part when no file was chosen. */
function isFile(value: unknown): value is Blob & { name?: string } {
  return typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function";
}

/** What is wrong with the form's file before its bytes are read, if anything: nothing chosen, empty or too big. */
export function evidenceShapeProblem(upload: unknown): EvidenceProblem | null {
  if (!isFile(upload)) return "missing";
  const name = typeof upload.name === "string" ? upload.name : "";
  if (upload.size === 0) return name ? "empty" : "missing";
  if (upload.size > MAX_PHOTO_BYTES) return "too-big";
  return null;
}

export async function checkEvidence(upload: unknown): Promise<EvidenceCheck> {
  const shape = evidenceShapeProblem(upload);
  if (shape || !isFile(upload)) return { ok: false, problem: shape ?? "missing" };
  const sent = Buffer.from(await upload.arrayBuffer());
  const sniffed = await fileTypeFromBuffer(sent).catch(() => undefined);
  if (sniffed?.ext === "heic" || sniffed?.mime === "image/heic" || sniffed?.mime === "image/heif") return { ok: false, problem: "heic" };
  const contentType = sniffed?.mime;
  if (!contentType || !(contentType in EVIDENCE_TYPES)) return { ok: false, problem: "wrong-type" };
  if (contentType === "application/pdf" && sent.length > MAX_PDF_BYTES) return { ok: false, problem: "pdf-too-big" };
  const bytes = contentType === "application/pdf" ? sent : await shrinkPhoto(sent);
  if (!bytes) return { ok: false, problem: "unreadable" };
  const storedType: EvidenceContentType = contentType === "application/pdf" ? "application/pdf" : "image/jpeg";
  return {
    ok: true,
    evidence: {
      fileName: safeFileName(typeof upload.name === "string" ? upload.name : "", storedType),
      contentType: storedType,
      bytes,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  };
}

// One libvips thread, and one photo at a time in this process (the rest wait their turn): a few
// uploads at once then take at most one core, and pages keep answering on the other.
sharp.concurrency(1);
sharp.cache(false);
let photoQueue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every photo queued before it, never two at once. */
export function inPhotoQueue<T>(work: () => Promise<T>): Promise<T> {
  const turn = photoQueue.then(work, work);
  photoQueue = turn.catch(() => undefined);
  return turn;
}

// Lower qualities are tried only when a photo came smaller than its first copy would be.
const QUALITIES = [80, 65, 50, 35, 20] as const;

/**
 * The photo upright, no larger than 2,400 px on its longest side, as a JPEG without metadata
 * (sharp keeps none unless asked), and smaller in bytes than it came. Null if it cannot be read.
 */
export async function shrinkPhoto(bytes: Buffer): Promise<Buffer | null> {
  return inPhotoQueue(async () => {
    try {
      // Decoded once; each quality then only encodes. A transparent PNG goes on white, as on paper.
      const { data, info } = await sharp(bytes, { failOn: "error", limitInputPixels: 100_000_000, sequentialRead: true })
        .rotate()
        .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: "inside", withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const raw = { width: info.width, height: info.height, channels: info.channels };
      let smallest: Buffer | null = null;
      for (const quality of QUALITIES) {
        const jpeg = await sharp(data, { raw }).jpeg({ quality, chromaSubsampling: "4:2:0" }).toBuffer();
        if (!smallest || jpeg.length < smallest.length) smallest = jpeg;
        if (jpeg.length < bytes.length) return jpeg;
      }
      return smallest;
    } catch {
      return null;
    }
  });
}

const EXTENSIONS: Record<EvidenceContentType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** The name as sent, without folders or control characters, ending in the extension of what it really is. */
export function safeFileName(name: string, contentType: EvidenceContentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"]/g, "").trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 200) || "document";
  return `${stem}.${EXTENSIONS[contentType]}`;
}

/** "2.4 MB", "38 KB": a file's size as GOV.UK writes it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
