export {
  qualificationCards,
  type QualificationCard,
  type QualificationKind,
  type SummaryRow,
  type InductionPeriodView,
  type CertificateLink,
} from "./cards";
export {
  dqtName,
  mqTitle,
  npqTitle,
  NPQ_NAMES,
  INDUCTION_STATUS_EXPLANATIONS,
  INDUCTION_STATUS_WORDS,
  MQ_SPECIALISM_WORDS,
  type NpqName,
} from "./wording";
export { yourDetails, PENDING_CHANGE_WORDS, type YourDetails } from "./your-details";
