import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { CertificateCheckView, certificateCheckTitle } from "@/components/aytq/certificate-check";
import { checkCertificate } from "@/lib/certificates/check";
import { isProduction } from "@/lib/env";
import { clientIp } from "@/lib/identity/request";
import { TOO_MANY_CHECKS_PATH } from "./too-many-checks/path";

type SearchParams = Promise<{ reference?: string | string[] }>;

// Public: no sign-in. The form and a certificate's QR code both arrive as GET ?reference=…, so
// the answer shows with or without JavaScript. Cached for the request: the title and the page
// share one check, so one visit counts once against the limit and logs once.
const checkFor = cache(async (reference: string | undefined) => (reference === undefined ? null : checkCertificate(reference, await clientIp())));

async function check(searchParams: SearchParams) {
  const { reference } = await searchParams;
  return checkFor(Array.isArray(reference) ? reference[0] : reference);
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: certificateCheckTitle(await check(searchParams)) };
}

export default async function CheckACertificatePage({ searchParams }: { searchParams: SearchParams }) {
  const result = await check(searchParams);
  // A page cannot choose its status: that page answers 429 (proxy.ts).
  if (result?.outcome === "rate-limited") redirect(TOO_MANY_CHECKS_PATH);
  return <CertificateCheckView check={result} testService={!isProduction()} />;
}
