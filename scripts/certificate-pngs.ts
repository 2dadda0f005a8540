// npm run certificates:png: draws each kind of certificate as a PNG in docs/certificates/, so that
// reviewers see the design without running anything. Renders with the app's own code (fixed
// references and date of issue, the research personas' records), then poppler's pdftoppm
// (Debian's poppler-utils) turns each page into a picture. Run it after changing the design and
// commit the pictures.
import "./load-env";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findCertificate, type Certificate } from "../lib/certificates/available";
import { renderCertificate } from "../lib/certificates/render";
import type { TeachingRecordWithQualifications } from "../lib/dqt/record";
import { aRecord, day, priyaRaman, tomaszNowak } from "../lib/research/personas/test-records";

const OUT = path.join("docs", "certificates");
const DPI = "110";
const ISSUED_ON = day("2026-11-30");

const longestName = aRecord({
  trn: "3999999",
  firstName: "Wolfeschlegel ".repeat(7).slice(0, 100),
  middleName: "Steinhausenberger".repeat(6).slice(0, 100),
  lastName: "Featherstonehaugh-Cholmondeley ".repeat(4).slice(0, 100),
  npqs: [{ id: "npq-senco", type: "NPQSENCO", awardedOn: day("2024-12-01") }],
});

// The longest name a real person is likely to have: double-barrelled, in capitals, wide letters.
const longestRealisticName = aRecord({
  trn: "3999998",
  firstName: "MAXIMILIAN-ALEXANDER",
  middleName: "WOLFGANG",
  lastName: "FEATHERSTONEHAUGH-CHOLMONDELEY",
  qtsAwardedOn: day("2019-07-31"),
});

const SAMPLES: [file: string, record: TeachingRecordWithQualifications, certificate: Certificate, reference: string, specimen?: boolean][] = [
  ["qts", tomaszNowak, findCertificate(tomaszNowak, "qts")!, "QTS-7Q4K-2M9X-3HPD"],
  ["eyts", priyaRaman, findCertificate(priyaRaman, "eyts")!, "EYTS-4R8T-0NWC-9KJH"],
  ["induction", tomaszNowak, findCertificate(tomaszNowak, "induction")!, "IND-M2E6-7DQA-1VXZ"],
  ["npq", tomaszNowak, findCertificate(tomaszNowak, "npq", tomaszNowak.npqs[1]!.id)!, "NPQ-H5YB-3PGF-8SCW"],
  ["longest-name", longestName, findCertificate(longestName, "npq", "npq-senco")!, "NPQ-Z0TR-6MKN-2BEQ"],
  ["longest-realistic-name", longestRealisticName, findCertificate(longestRealisticName, "qts")!, "QTS-C4WD-9FHN-5TRA"],
  // As research participants and every environment but production see them.
  ["specimen", tomaszNowak, findCertificate(tomaszNowak, "qts")!, "QTS-7Q4K-2M9X-3HPD", true],
];

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [file, record, certificate, reference, specimen = false] of SAMPLES) {
    const pdf = await renderCertificate(record, certificate, { reference, issuedOn: ISSUED_ON, specimen });
    const target = path.join(OUT, file);
    try {
      execFileSync("pdftoppm", ["-png", "-r", DPI, "-singlefile", "-", target], { input: pdf });
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      throw new Error(missing ? "pdftoppm is not installed: apt-get install poppler-utils" : String(error));
    }
    console.log(`${target}.png (${Math.round(pdf.length / 1024)} KB PDF)`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
