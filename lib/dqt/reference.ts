// A change request's reference as teachers and staff see it: "CR-" and six letters or digits.
export const CHANGE_REQUEST_REFERENCE = /^CR-[0-9A-Z]{6}$/;
