// The /account forms: changes to the DfE Identity account, and requests to change the record.
import { z } from "zod";
import { dateOfBirthField } from "./date-input";
import { mobile, name, optionalName, personalEmail } from "./primitives";

/** The account's version when the form was drawn (lib/identity/account-details.ts). */
const version = z.string().max(20).catch("");

const fullName = {
  firstName: name("first name"),
  middleName: optionalName("middle name"),
  lastName: name("last name"),
};

export const accountNameSchema = z.object({ ...fullName, version });
export const accountDateOfBirthSchema = z.object({ dateOfBirth: dateOfBirthField(), version });
export const accountMobileSchema = z.object({ mobile, version });
export const newEmailSchema = z.object({ email: personalEmail });

/** The name the teacher wants on their record (and so on certificates). */
export const recordNameSchema = z.object(fullName);
export const recordDateOfBirthSchema = z.object({ dateOfBirth: dateOfBirthField() });

// Said only after the code sent to the address was typed: whoever reads it owns that inbox.
export const EMAIL_IN_USE_ON_ANOTHER_ACCOUNT =
  "This email address is already used by another DfE Identity account. Go back and enter a different email address";
export const TOO_MANY_EMAIL_CHANGES = "You’ve tried to change your email address 5 times in the last hour. Wait an hour, then try again";
