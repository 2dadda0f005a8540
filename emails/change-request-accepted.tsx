import { Heading, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, paragraph } from "./layout";

export default function ChangeRequestAcceptedEmail({ firstName, reference, change, newValue }: EmailData["change-request-accepted"]) {
  return (
    <EmailLayout preview={`We’ve changed the ${change} on your teaching record`}>
      <Heading as="h1">We’ve changed your teaching record</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        We’ve checked your document and changed the {change} on your teaching record to {newValue} (reference {reference}).
      </Text>
      <Text style={paragraph}>
        Certificates you download from Access your teaching qualifications from now on show the new {change}. Download them
        again if you need copies with it.
      </Text>
    </EmailLayout>
  );
}

ChangeRequestAcceptedEmail.PreviewProps = {
  firstName: "Daniel",
  reference: "CR-D4N1EZ",
  change: "name",
  newValue: "Daniel Osei-Bonsu",
} satisfies EmailData["change-request-accepted"];
