import { Heading, Link, Text } from "@react-email/components";
import type { EmailData } from "@/lib/email/templates";
import { configuredAppUrl } from "@/lib/http/app-url";
import { EmailLayout, link, paragraph } from "./layout";

// Certificates print the name and the dates awarded, never a date of birth: only a new name
// changes them, and makes the copies downloaded before it check as replaced.
export default function ChangeRequestAcceptedEmail({ firstName, reference, change, newValue }: EmailData["change-request-accepted"]) {
  const service = configuredAppUrl();
  return (
    <EmailLayout preview={`We’ve changed the ${change} on your teaching record`}>
      <Heading as="h1">We’ve changed your teaching record</Heading>
      <Text style={paragraph}>Dear {firstName},</Text>
      <Text style={paragraph}>
        We’ve checked your document and changed the {change} on your teaching record to {newValue} (reference {reference}).
      </Text>
      {change === "name" ? (
        <>
          <Text style={paragraph}>
            Certificates you download from Access your teaching qualifications from now on show your new name. Download them again to get copies with it.
          </Text>
          <Text style={paragraph}>
            Copies you downloaded before now show as replaced when someone checks them online, and the check points to the newer certificate. Give anyone who
            needs one a new copy.
          </Text>
        </>
      ) : (
        <Text style={paragraph}>Your certificates do not show your date of birth, so they have not changed.</Text>
      )}
      <Text style={paragraph}>
        <Link href={`${service}/qualifications`} style={link}>
          Sign in to Access your teaching qualifications
        </Link>
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
