import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { formatDate } from "./format";
import { EmailLayout, link, paragraph } from "./layout";

export default function InvitationEmail({ firstName, link: href, expiresAt, replacesEarlier }: EmailData["invitation"]) {
  return (
    <EmailLayout preview={replacesEarlier ? "Your new link to set up your DfE Identity account" : "You've been awarded qualified teacher status (QTS)"}>
      {replacesEarlier ? (
        <>
          <Heading as="h1">Your new link to set up your account</Heading>
          <Text style={paragraph}>Dear {firstName},</Text>
          <Text style={paragraph}>
            Here is a new link to set up your DfE Identity account. It replaces the link we sent you before, which no longer
            works.
          </Text>
        </>
      ) : (
        <>
          <Heading as="h1">You&apos;ve been awarded qualified teacher status (QTS)</Heading>
          <Text style={paragraph}>Dear {firstName},</Text>
          <Text style={paragraph}>Congratulations: you have been awarded qualified teacher status (QTS) in England.</Text>
        </>
      )}
      <Text style={paragraph}>
        You can now use Access your teaching qualifications to see your teaching qualifications and download your QTS
        certificate. You&apos;ll set up a DfE Identity account first: it takes a few minutes, and you&apos;ll use it to sign in
        next time.
      </Text>
      <Text style={paragraph}>
        <Link href={href} style={link}>
          Set up your account and view your QTS certificate
        </Link>
      </Text>
      <Text style={paragraph}>Or copy this link into your browser: {href}</Text>
      <Text style={paragraph}>The link expires on {formatDate(expiresAt)}.</Text>
      <Text style={paragraph}>
        If you did not expect this email, you do not need to do anything. Nobody can use the link without also confirming your
        details.
      </Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  firstName: "Amara",
  link: "http://localhost:3000/qualifications/start?trn_token=example",
  expiresAt: "2027-02-10T00:00:00.000Z",
} satisfies EmailData["invitation"];
