export { qualificationCards, type QualificationCard, type QualificationKind, type SummaryRow, type InductionPeriodView, type CertificateLink } from "./cards";
export { yourDetails, PENDING_CHANGE_WORDS, type YourDetails } from "./your-details";
