import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { configuredAppUrl } from "@/lib/http/app-url";
import { EmailLayout, link, paragraph } from "./layout";

export default function ChangeRequestRejectedEmail({ firstName, reference, change, reason }: EmailData["change-request-rejected"]) {
  const service = configuredAppUrl();
  return (
    <EmailLayout preview={`We could not change the ${change} on your teaching record`}>
      <Heading as="h1">We could not change your teaching record</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        We’ve looked at your request to change the {change} on your teaching record (reference {reference}), but we could not make the change.
      </Text>
      <Text style={paragraph}>The reason: {reason}</Text>
      <Text style={paragraph}>
        Your teaching record and your certificates have not changed. You can send a new request with another document from your DfE Identity account.
      </Text>
      <Text style={paragraph}>
        <Link href={`${service}/account`} style={link}>
          Sign in to your DfE Identity account
        </Link>
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
