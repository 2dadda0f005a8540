// The certificate's typeface, AyTQ Serif: Liberation Serif without its hinting (SIL OFL 1.1; see
// assets/fonts). Read from the repository and embedded in every PDF: no network at render time,
// and none of PDF's unembedded standard fonts. Each face is read and parsed once per process;
// every certificate then embeds a subset of the glyphs it prints.
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

// Resolved from the working directory rather than this module's location, which differs once
// Next.js has bundled it; `next start` and the tests both run from the project's root.
export function certificateFontsDirectory(): string {
  return path.join(process.cwd(), "assets", "fonts");
}

export interface CertificateFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  italic: fontkit.Font;
}

const FILES: Record<keyof CertificateFonts, string> = {
  regular: "AyTQSerif-Regular.ttf",
  bold: "AyTQSerif-Bold.ttf",
  italic: "AyTQSerif-Italic.ttf",
};

// One set per process, however many route bundles import this module.
const globalForFonts = globalThis as unknown as {
  __aytqCertificateFonts?: CertificateFonts;
};

export function certificateFonts(): CertificateFonts {
  globalForFonts.__aytqCertificateFonts ??= Object.fromEntries(
    Object.entries(FILES).map(([face, file]) => [face, open(path.join(certificateFontsDirectory(), file))]),
  ) as unknown as CertificateFonts;
  return globalForFonts.__aytqCertificateFonts;
}

function open(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(file));
  if (!("layout" in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}

// pdfkit shapes a document's text a word at a time with fontkit, and keeps each word's shaping
// for the rest of that document (its embedded font's `layoutCache`). Shaping depends only on the
// face and the word, and most words on a certificate are on every certificate, so one cache per
// face serves every document in the process: shaping was a quarter of a render. pdfkit never
// changes a cached shaping (it copies one before adding spacing). Names bring new words, so each
// cache starts again after this many certificates (counted, not measured: sizing an object of
// thousands of keys for every certificate would cost what the cache saves).
const CERTIFICATES_PER_CACHE = 500;

type ShapedWords = Record<string, unknown>;
const globalForShaping = globalThis as unknown as { __aytqShapedWords?: Map<string, { words: ShapedWords; documents: number }> };
const shapedWords = (globalForShaping.__aytqShapedWords ??= new Map());

/** Registers the certificate's faces with `doc`, each sharing the process's shaped words. */
export function useCertificateFonts(doc: PDFKit.PDFDocument): void {
  const fonts = certificateFonts();
  for (const face of Object.keys(fonts) as (keyof CertificateFonts)[]) {
    // Parsed fontkit fonts, which pdfkit takes as they are (its types admit only a path or bytes).
    doc.registerFont(face, fonts[face] as unknown as string);
    // The embedded font pdfkit made for this face: the current font once selected.
    const embedded = (doc.font(face) as unknown as { _font?: { layoutCache?: ShapedWords } })._font;
    if (!embedded?.layoutCache) continue; // a pdfkit without the cache: shaped per document, as before
    let shared = shapedWords.get(face);
    if (!shared || shared.documents >= CERTIFICATES_PER_CACHE) {
      shared = { words: Object.create(null) as ShapedWords, documents: 0 };
      shapedWords.set(face, shared);
    }
    shared.documents++;
    embedded.layoutCache = shared.words;
  }
}
