import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { EmailLayout, link, paragraph } from "./layout";

export default function QtsAddedEmail({ firstName, signInLink }: EmailData["qts-added"]) {
  return (
    <EmailLayout preview="QTS has been added to your teaching record">
      <Heading as="h1">Qualified teacher status (QTS) has been added to your teaching record</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>Congratulations: you’ve been awarded qualified teacher status (QTS) in England, and it is now on your teaching record.</Text>
      <Text style={paragraph}>
        You already have a DfE Identity account. Sign in to Access your teaching qualifications to see your qualifications and download your QTS certificate.
      </Text>
      <Text style={paragraph}>
        <Link href={signInLink} style={link}>
          Sign in to Access your teaching qualifications
        </Link>
      </Text>
      <Text style={paragraph}>If you did not expect this email, you do not need to do anything.</Text>
    </EmailLayout>
  );
}

QtsAddedEmail.PreviewProps = { firstName: "Tomasz", signInLink: "http://localhost:3000/sign-in" } satisfies EmailData["qts-added"];
