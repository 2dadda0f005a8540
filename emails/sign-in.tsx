import { Heading, Link, Text } from "@react-email/components";
import { SUPPORT_CONSOLE_NAME, type EmailData } from "@/lib/email/templates";
import { code, EmailLayout, link, paragraph } from "./layout";

export default function SignInEmail({ link: href, code: signInCode, expiresInMinutes, service }: EmailData["sign-in"]) {
  return (
    <EmailLayout preview="Your link and code to sign in">
      <Heading as="h1">{`Sign in to ${service === "support" ? SUPPORT_CONSOLE_NAME : "Access your teaching qualifications"}`}</Heading>
      <Text style={paragraph}>Use this link to sign in:</Text>
      <Text style={paragraph}>
        <Link href={href} style={link}>
          Sign in to your DfE Identity account
        </Link>
      </Text>
      <Text style={paragraph}>Or, if you are signing in on another device, enter this code:</Text>
      <Text style={code}>{signInCode}</Text>
      <Text style={paragraph}>The link and the code work once and expire in {expiresInMinutes} minutes.</Text>
      <Text style={paragraph}>If you did not try to sign in, you can ignore this email. Nobody can sign in without the link or the code.</Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  link: "http://localhost:3000/sign-in/continue?token=example&email=tomasz.nowak%40example.com",
  code: "123456",
  expiresInMinutes: 15,
} satisfies EmailData["sign-in"];
