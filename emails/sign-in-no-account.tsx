import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, link, paragraph } from "./layout";

export default function SignInNoAccountEmail({ startLink }: EmailData["sign-in-no-account"]) {
  return (
    <EmailLayout preview="There is no DfE Identity account for this email address">
      <Heading as="h1">Signing in to Access your teaching qualifications</Heading>
      <Text style={paragraph}>
        Someone, probably you, asked to sign in to Access your teaching qualifications with this email address, but there is no DfE Identity account for it.
      </Text>
      <Text style={paragraph}>
        Accounts are set up from the email we send when you are awarded qualified teacher status (QTS). Use the link in that email, or sign in with the email
        address you used to set up your account.
      </Text>
      <Text style={paragraph}>
        <Link href={startLink} style={link}>
          Find out more about Access your teaching qualifications
        </Link>
      </Text>
      <Text style={paragraph}>If you did not try to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}

SignInNoAccountEmail.PreviewProps = { startLink: "http://localhost:3000/qualifications/start" } satisfies EmailData["sign-in-no-account"];
