// Issued certificates' PDFs kept in memory in front of the database copy: a repeat download then
// costs no query for its bytes. Bounded by total size, least recently used out first. The bytes
// of an issued certificate never change, so nothing here can go stale.
import { LRUCache } from "lru-cache";

/** About 600 certificates of ~40 KB. */
export const PDF_CACHE_BYTES = 24 * 1024 * 1024;

type PdfCache = LRUCache<string, Buffer>;

// One per process, however many route bundles import this module.
const globalForCache = globalThis as unknown as { __aytqCertificatePdfs?: PdfCache };

function cache(): PdfCache {
  globalForCache.__aytqCertificatePdfs ??= new LRUCache<string, Buffer>({
    maxSize: PDF_CACHE_BYTES,
    sizeCalculation: (pdf) => pdf.length,
  });
  return globalForCache.__aytqCertificatePdfs;
}

export function cachedPdf(certificateId: string): Buffer | undefined {
  return cache().get(certificateId);
}

export function cachePdf(certificateId: string, pdf: Buffer): void {
  cache().set(certificateId, pdf);
}

/** For tests: how many PDFs and bytes are held, and a way to start empty. */
export const pdfCacheForTests = {
  size: () => cache().size,
  bytes: () => cache().calculatedSize,
  clear: () => cache().clear(),
};
