export { availableCertificates, findCertificate, certificateHref, certificateLinkLabel, type Certificate, type CertificateType } from "./available";
export { certificateFileName, asciiFileNamePart } from "./file-name";
export { CertificateDocument, type CertificateDocumentProps } from "./certificate-document";
export { renderCertificate, type RenderOptions } from "./render";
export { certificateDownload, type CertificateDownload, type DownloadOptions } from "./download";
export { type IssuedCertificate, pdfFileDescription } from "./issued";
export { issueCertificate, loadRecordWithIssuedCertificates, supersedeOutdatedCertificates, type RecordWithIssuedCertificates } from "./store";
