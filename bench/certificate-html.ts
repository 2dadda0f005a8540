// The baseline: the same certificate as an HTML page, the way the existing AyTQ service makes its
// PDFs (headless Chromium printing a page). Same words in the same lines and sizes (the
// certificate's own layout), the same artwork (the crest and signature files, the QR code as an
// SVG path), the same specimen mark and the same embedded typeface (AyTQ Serif, as data: URLs, so
// Chromium fetches nothing).
import fs from "node:fs";
import path from "node:path";
import type { Certificate } from "@/lib/certificates";
import { artworkFile } from "@/lib/certificates/artwork";
import { ACCENT, INK, SPECIMEN_RED, SPECIMEN_TEXT, TEXT, certificateLayout, specimenOutline } from "@/lib/certificates/certificate-layout";
import { checkPageUrl, checkUrlFor } from "@/lib/certificates/check-url";
import { qrCode, qrCodeExtent, qrCodePath } from "@/lib/certificates/qr-code";
import { formatDate } from "@/lib/format/dates";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function fontFace(file: string, weight: number, style: "normal" | "italic"): string {
  const data = fs.readFileSync(path.join(process.cwd(), "assets", "fonts", file)).toString("base64");
  return `@font-face { font-family: "AyTQ Serif"; src: url(data:font/ttf;base64,${data}) format("truetype"); font-weight: ${weight}; font-style: ${style}; }`;
}

export interface CertificateHtmlInput {
  holderName: string;
  trn: string;
  certificate: Certificate;
  reference: string;
  issuedOn: Date;
  appUrl: string;
  specimen: boolean;
}

const lines = (text: string[]) => text.map(escape).join("<br>");
const svgFile = (name: "crest" | "signature") => fs.readFileSync(artworkFile(name), "utf8").replace(/<!--[\s\S]*?-->/g, "");

export function certificateHtml({ holderName, trn, certificate, reference, issuedOn, appUrl, specimen }: CertificateHtmlInput): string {
  const code = qrCode(checkUrlFor(reference, appUrl));
  const extent = qrCodeExtent(code);
  const layout = certificateLayout({ holderName, trn, certificate, reference, issuedOn, checkPageUrl: checkPageUrl(appUrl) });
  const mark = specimenOutline(TEXT.specimen.size);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(certificate.title)} – ${escape(holderName)}</title>
<style>
${fontFace("AyTQSerif-Regular.ttf", 400, "normal")}
${fontFace("AyTQSerif-Bold.ttf", 700, "normal")}
${fontFace("AyTQSerif-Italic.ttf", 400, "italic")}
@page { size: A4 landscape; margin: 0; }
html, body { margin: 0; }
body { font-family: "AyTQ Serif", serif; color: ${INK}; }
.page { box-sizing: border-box; width: 297mm; height: 210mm; padding: 28pt; }
.hairline { box-sizing: border-box; height: 100%; border: 0.75pt solid ${ACCENT}; padding: 3pt; }
.band { box-sizing: border-box; height: 100%; border: 6pt solid ${ACCENT}; padding: 4pt; }
.inner { box-sizing: border-box; height: 100%; border: 0.75pt solid ${ACCENT}; padding: 20pt 36pt 14pt; display: flex; flex-direction: column; align-items: center; justify-content: space-between; text-align: center; }
.lockup { display: flex; align-items: center; }
.lockup .rule { width: 1.2pt; height: 42pt; background: ${INK}; margin: 0 11pt; }
.department { font-size: 16pt; font-weight: 700; line-height: 1.15; text-align: left; }
h1 { font-size: ${layout.title.size}pt; line-height: 1.15; font-weight: 400; color: ${ACCENT}; margin: 0; max-width: 700pt; }
.title-rule { width: 110pt; height: 1.5pt; background: ${ACCENT}; margin: 14pt auto 0; }
.certify { font-size: 15pt; font-style: italic; margin-top: 22pt; }
.name { font-size: ${layout.name.size}pt; line-height: 1.15; font-weight: 700; margin-top: 10pt; }
.trn { font-size: 12pt; letter-spacing: 0.5pt; margin-top: 8pt; }
.statement { font-size: 16pt; line-height: 1.4; max-width: 560pt; margin: 20pt auto 0; }
.date { font-size: 15pt; font-weight: 700; margin-top: 18pt; }
.footer { display: flex; justify-content: space-between; align-items: flex-end; width: 100%; text-align: left; }
.side { width: 200pt; }
.line { height: 0.75pt; background: ${INK}; margin-bottom: 4pt; }
.small { font-size: ${TEXT.small.size}pt; line-height: ${TEXT.small.lineHeight}; color: ${INK}; }
.specimen { position: fixed; left: 0; right: 0; top: 50%; text-align: center; transform: rotate(-18deg); }
.specimen-line { position: fixed; left: 0; right: 0; bottom: 6pt; text-align: center; font-size: ${TEXT.small.size}pt; color: ${SPECIMEN_RED}; }
.issued { font-size: 12pt; text-align: center; margin-bottom: 5pt; }
.check { display: flex; align-items: center; }
.check-text { width: 170pt; margin-left: 4pt; }
.reference { font-size: 11pt; font-weight: 700; letter-spacing: 0.6pt; margin: 1pt 0 3pt; }
</style></head>
<body><div class="page"><div class="hairline"><div class="band"><div class="inner">
  <div class="lockup">
    ${svgFile("crest")}
    <div class="rule"></div>
    <div class="department">Department<br>for Education</div>
  </div>
  <div>
    <h1>${lines(layout.title.lines)}</h1>
    <div class="title-rule"></div>
    <div class="certify">This is to certify that</div>
    <div class="name">${lines(layout.name.lines)}</div>
    <div class="trn">Teacher reference number (TRN) ${escape(trn)}</div>
    <p class="statement">${lines(layout.statement)}</p>
    <div class="date">${escape(certificate.dateLabel)}: ${formatDate(certificate.attainedOn)}</div>
  </div>
  <div class="footer">
    <div class="side">
      ${svgFile("signature")}
      <div class="line"></div>
      <div class="small">On behalf of the Secretary of State for Education</div>
    </div>
    <div class="check">
      <svg viewBox="0 0 ${extent} ${extent}" width="64pt" height="64pt"><path d="${qrCodePath(code)}" fill="${INK}"/></svg>
      <div class="check-text">
        <div class="small">Certificate reference</div>
        <div class="reference">${escape(reference)}</div>
        <div class="small">${lines([layout.checkIntro, ...layout.checkAddress])}</div>
      </div>
    </div>
    <div class="side">
      <div class="issued">${formatDate(issuedOn)}</div>
      <div class="line"></div>
      <div class="small" style="text-align: center">Date of issue</div>
    </div>
  </div>
</div></div></div></div>
${specimen ? `<div class="specimen"><svg viewBox="0 0 ${mark.width} ${mark.height}" width="${mark.width}pt" height="${mark.height}pt"><path d="${mark.d}" fill="${SPECIMEN_RED}" fill-opacity="0.4"/></svg></div><div class="specimen-line">${SPECIMEN_TEXT}</div>` : ""}
</body></html>`;
}
