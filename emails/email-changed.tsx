import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, link, paragraph } from "./layout";

/** Sent to the old address: if someone else changed it, this is how the teacher finds out. */
export default function EmailChangedEmail({ firstName, newEmail, helpEmail }: EmailData["email-changed"]) {
  return (
    <EmailLayout preview="The email address for your DfE Identity account has changed">
      <Heading as="h1">Your email address has changed</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        The email address for your DfE Identity account has been changed to {newEmail}. You’ll now sign in with that address, and we’ll send emails about your
        account and your teaching record there.
      </Text>
      <Text style={paragraph}>If you made this change, you do not need to do anything.</Text>
      <Text style={paragraph}>
        If you did not make this change, someone else may be using your account. Email{" "}
        <Link href={`mailto:${helpEmail}`} style={link}>
          {helpEmail}
        </Link>{" "}
        straight away and tell us your teacher reference number (TRN) if you know it.
      </Text>
    </EmailLayout>
  );
}

EmailChangedEmail.PreviewProps = {
  firstName: "Tomasz",
  newEmail: "t•••••@school.example.com",
  helpEmail: "teaching.qualifications@example.com",
} satisfies EmailData["email-changed"];
