import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { formatDay } from "@/lib/format/dates";
import { EmailLayout, link, paragraph } from "./layout";

/**
 * The magic link to set up an account. The first one congratulates; one sent again (the teacher
 * asked for a new link, or staff re-sent it) says it replaces the old link, which no longer works.
 */
export default function InvitationEmail({ firstName, link: href, expiresAt, resent = false }: EmailData["invitation"]) {
  return (
    <EmailLayout preview={resent ? "Your new link to Access your teaching qualifications" : "You’ve been awarded qualified teacher status (QTS)"}>
      {resent ? (
        <>
          <Heading as="h1">Your new link to Access your teaching qualifications</Heading>
          <Text style={paragraph}>Dear {firstName},</Text>
          <Text style={paragraph}>
            Here is a new link to set up your DfE Identity account and see your teaching qualifications, including your qualified teacher status (QTS)
            certificate.
          </Text>
          <Text style={paragraph}>This link replaces the one we sent you before. The old link no longer works.</Text>
        </>
      ) : (
        <>
          <Heading as="h1">You’ve been awarded qualified teacher status (QTS)</Heading>
          <Text style={paragraph}>Dear {firstName},</Text>
          <Text style={paragraph}>Congratulations: you’ve been awarded qualified teacher status (QTS) in England.</Text>
          <Text style={paragraph}>
            You can now use Access your teaching qualifications to see your teaching qualifications and download your QTS certificate. You’ll set up a DfE
            Identity account first: it takes a few minutes, and you’ll use it to sign in next time.
          </Text>
        </>
      )}
      <Text style={paragraph}>
        <Link href={href} style={link}>
          Set up your account and view your QTS certificate
        </Link>
      </Text>
      <Text style={paragraph}>Or copy this link into your browser: {href}</Text>
      <Text style={paragraph}>The link expires on {formatDay(expiresAt)}.</Text>
      <Text style={paragraph}>
        {resent ? "If you did not ask for a new link" : "If you did not expect this email"}, you do not need to do anything. Nobody can use the link without
        also confirming your details.
      </Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  firstName: "Amara",
  link: "http://localhost:3000/qualifications/start?trn_token=example",
  expiresAt: "2027-02-10T00:00:00.000Z",
} satisfies EmailData["invitation"];
