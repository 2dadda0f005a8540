// Where teachers get help with their account, their link or their record.
export const HELP_EMAIL = "teaching.qualifications@example.com";
