// The certificate's typeface, AyTQ Serif: Liberation Serif without its hinting (SIL OFL 1.1; see
// assets/fonts). Read from the repository and embedded in every PDF: no network at render time,
// and none of PDF's unembedded standard fonts. Registered with React-PDF once per process, and
// opened once with fontkit (the engine React-PDF shapes with) so that lines can be measured
// before the page is laid out (layout.ts).
import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import * as fontkit from "fontkit";

export const CERTIFICATE_FONT_FAMILY = "AyTQ Serif";

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

export type CertificateFace = keyof CertificateFonts;

const FILES: Record<CertificateFace, string> = {
  regular: "AyTQSerif-Regular.ttf",
  bold: "AyTQSerif-Bold.ttf",
  italic: "AyTQSerif-Italic.ttf",
};

/** How React-PDF's styles select each face of the family. */
export const FACE_STYLE: Record<CertificateFace, { fontWeight: 400 | 700; fontStyle: "normal" | "italic" }> = {
  regular: { fontWeight: 400, fontStyle: "normal" },
  bold: { fontWeight: 700, fontStyle: "normal" },
  italic: { fontWeight: 400, fontStyle: "italic" },
};

// One set per process, however many route bundles import this module.
const globalForFonts = globalThis as unknown as {
  __aytqCertificateFonts?: CertificateFonts;
};

// Per module instance, not per process: React-PDF's font registry lives in its own module.
let registered = false;

/** The faces, parsed once per process, for measuring text. */
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

/** A word as React-PDF may break it: never. Lines are broken before layout (layout.ts). */
export const keepWordWhole = (word: string): string[] => [word];

/** Registers the family with React-PDF, once per process. */
export function registerCertificateFonts(): void {
  if (registered) return;
  Font.register({
    family: CERTIFICATE_FONT_FAMILY,
    fonts: (Object.keys(FILES) as CertificateFace[]).map((face) => ({
      src: path.join(certificateFontsDirectory(), FILES[face]),
      ...FACE_STYLE[face],
    })),
  });
  // React-PDF would otherwise hyphenate with an English dictionary, splitting names.
  Font.registerHyphenationCallback(keepWordWhole);
  registered = true;
}
