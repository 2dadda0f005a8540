// The baseline: the same certificate as an HTML page, the way the existing AyTQ service makes its
// PDFs (headless Chromium printing a page). Same words, same layout and the same embedded
// typeface (AyTQ Serif, as data: URLs, so Chromium fetches nothing).
import fs from "node:fs";
import path from "node:path";
import type { Certificate } from "@/lib/certificates";
import { formatDate } from "@/lib/qualifications/format-date";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function fontFace(file: string, weight: number, style: "normal" | "italic"): string {
  const data = fs.readFileSync(path.join(process.cwd(), "assets", "fonts", file)).toString("base64");
  return `@font-face { font-family: "AyTQ Serif"; src: url(data:font/ttf;base64,${data}) format("truetype"); font-weight: ${weight}; font-style: ${style}; }`;
}

export function certificateHtml(holderName: string, trn: string, certificate: Certificate, producedOn: Date): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(certificate.title)} certificate for ${escape(holderName)}</title>
<style>
${fontFace("AyTQSerif-Regular.ttf", 400, "normal")}
${fontFace("AyTQSerif-Bold.ttf", 700, "normal")}
${fontFace("AyTQSerif-Italic.ttf", 400, "italic")}
@page { size: A4 landscape; margin: 0; }
html, body { margin: 0; }
body { font-family: "AyTQ Serif", serif; color: #0b0c0c; }
.page { box-sizing: border-box; width: 297mm; height: 210mm; padding: 28pt; }
.outer { box-sizing: border-box; height: 100%; border: 2.5pt solid #0b0c0c; padding: 5pt; }
.inner { box-sizing: border-box; height: 100%; border: 0.75pt solid #0b0c0c; padding: 36pt 64pt; display: flex; flex-direction: column; align-items: center; justify-content: space-between; text-align: center; }
.department { font-size: 13pt; font-weight: 700; letter-spacing: 3pt; text-transform: uppercase; }
.rule { width: 140pt; border-bottom: 0.75pt solid #0b0c0c; margin: 10pt auto 0; }
h1 { font-size: 34pt; font-weight: 400; margin: 0; }
.certify { font-size: 14pt; font-style: italic; margin-top: 26pt; }
.name { font-size: 30pt; font-weight: 700; margin-top: 12pt; }
.trn { font-size: 12pt; letter-spacing: 0.5pt; margin-top: 8pt; }
.statement { font-size: 15pt; line-height: 1.4; max-width: 560pt; margin: 22pt auto 0; }
.date { font-size: 14pt; font-weight: 700; margin-top: 22pt; }
.footer { font-size: 9pt; color: #505a5f; }
</style></head>
<body><div class="page"><div class="outer"><div class="inner">
  <div><div class="department">Department for Education</div><div class="rule"></div></div>
  <div>
    <h1>${escape(certificate.title)}</h1>
    <div class="certify">This is to certify that</div>
    <div class="name">${escape(holderName)}</div>
    <div class="trn">Teacher reference number (TRN) ${escape(trn)}</div>
    <p class="statement">${escape(certificate.statement)}.</p>
    <div class="date">${escape(certificate.dateLabel)}: ${formatDate(certificate.attainedOn)}</div>
  </div>
  <div class="footer">Produced on ${formatDate(producedOn)} from the teaching record held by the Department for Education.</div>
</div></div></div></body></html>`;
}
