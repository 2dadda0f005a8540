import { Heading, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, paragraph } from "./layout";

export default function ChangeRequestSubmittedEmail({ firstName, reference, change }: EmailData["change-request-submitted"]) {
  return (
    <EmailLayout preview={`Your request to change the ${change} on your teaching record: ${reference}`}>
      <Heading as="h1">We’ve received your request</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        We’ve received your request to change the {change} on your teaching record. Your reference is {reference}.
      </Text>
      <Text style={paragraph}>
        We’ll check the document you sent and email you when we’ve decided, usually within 5 working days.
        {change === "name" ? " Until then your certificates show the name we have now." : null}
      </Text>
      <Text style={paragraph}>You can see your request, or withdraw it, in your DfE Identity account under “Your requests”.</Text>
    </EmailLayout>
  );
}

ChangeRequestSubmittedEmail.PreviewProps = { firstName: "Daniel", reference: "CR-7Q4K2M", change: "name" } satisfies EmailData["change-request-submitted"];
