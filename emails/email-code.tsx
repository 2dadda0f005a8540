import { Heading, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { code, EmailLayout, paragraph } from "./layout";

export default function EmailCodeEmail({ code: confirmationCode, expiresInMinutes }: EmailData["email-code"]) {
  return (
    <EmailLayout preview="Your code to confirm your email address">
      <Heading as="h1">Confirm your email address</Heading>
      <Text style={paragraph}>Enter this code to confirm the email address for your DfE Identity account:</Text>
      <Text style={code}>{confirmationCode}</Text>
      <Text style={paragraph}>The code works once and expires in {expiresInMinutes} minutes.</Text>
      <Text style={paragraph}>If you did not ask for this code, you can ignore this email.</Text>
    </EmailLayout>
  );
}

EmailCodeEmail.PreviewProps = { code: "654321", expiresInMinutes: 15 } satisfies EmailData["email-code"];
