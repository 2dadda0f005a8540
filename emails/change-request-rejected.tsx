import { Heading, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, paragraph } from "./layout";

export default function ChangeRequestRejectedEmail({ firstName, reference, change, reason }: EmailData["change-request-rejected"]) {
  return (
    <EmailLayout preview={`We could not change the ${change} on your teaching record`}>
      <Heading as="h1">We could not change your teaching record</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        We’ve looked at your request to change the {change} on your teaching record (reference {reference}), but we could not
        make the change.
      </Text>
      <Text style={paragraph}>The reason: {reason}</Text>
      <Text style={paragraph}>
        You can send a new request with another document from your DfE Identity account. Your teaching record and your
        certificates have not changed.
      </Text>
    </EmailLayout>
  );
}

ChangeRequestRejectedEmail.PreviewProps = {
  firstName: "Daniel",
  reference: "CR-D4N1EZ",
  change: "name",
  reason: "We could not read the document. Send a clearer photo or scan of the whole document",
} satisfies EmailData["change-request-rejected"];
