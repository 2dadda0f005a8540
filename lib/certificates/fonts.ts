// The certificate's typeface, AyTQ Serif: Liberation Serif without its hinting (SIL OFL 1.1; see
// assets/fonts). Read from the repository and embedded in every PDF: no network at render time,
// and none of PDF's unembedded standard fonts.
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const CERTIFICATE_FONT_FAMILY = "AyTQ Serif";

// Resolved from the working directory rather than this module's location, which differs once
// Next.js has bundled it; `next start` and the tests both run from the project's root.
export function certificateFontsDirectory(): string {
  return path.join(process.cwd(), "assets", "fonts");
}

// Long enough for any real word, double-barrelled names included; a longer run of letters breaks
// into short parts rather than run off the page.
const LONGEST_UNBROKEN_WORD = 50;
const OVERLONG_WORD_PART = /.{1,12}/gsu;

/** Keeps words whole, as names and statements must be, except one too long for any line. */
export function certificateWordParts(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  return word.match(OVERLONG_WORD_PART) ?? [word];
}

let registered = false;

/** Registers the fonts with React-PDF once per process. */
export function registerCertificateFonts(): void {
  if (registered) return;
  const font = (file: string) => path.join(certificateFontsDirectory(), file);
  Font.register({
    family: CERTIFICATE_FONT_FAMILY,
    fonts: [
      { src: font("AyTQSerif-Regular.ttf"), fontWeight: 400 },
      { src: font("AyTQSerif-Bold.ttf"), fontWeight: 700 },
      { src: font("AyTQSerif-Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
    ],
  });
  // React-PDF would otherwise hyphenate with an English dictionary, splitting names.
  Font.registerHyphenationCallback(certificateWordParts);
  registered = true;
}
