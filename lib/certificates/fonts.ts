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
