// Stand-in documents for the research personas' change requests: a one-page PDF that says
// plainly it is not a real certificate. Built by hand (a few PDF objects and their offsets),
// so seeding needs no PDF library and makes the same bytes every time.

/** A one-page A4 PDF with a heading and lines of text in Helvetica. */
export function simplePdf(title: string, lines: readonly string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?");
  const text = ["BT /F1 20 Tf 72 760 Td", `(${escape(title)}) Tj`, "/F1 12 Tf", ...lines.flatMap((line) => ["0 -24 Td", `(${escape(line)}) Tj`]), "ET"].join(
    "\n",
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** Daniel Osei's evidence for his name change (persona 3000009). */
export function sampleMarriageCertificate(): Buffer {
  return simplePdf("Certificate of marriage (SAMPLE - NOT A REAL DOCUMENT)", [
    "This document was made for user research and tests of Access your teaching qualifications.",
    "Parties: Daniel Osei and Ama Bonsu",
    "Names after marriage: Daniel Osei-Bonsu and Ama Osei-Bonsu",
    "Date of marriage: 14 June 2025",
    "Place: Register Office, Manchester",
  ]);
}
