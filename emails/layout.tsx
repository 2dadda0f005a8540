// The frame shared by every email: GOV.UK Notify's plain style (black text, blue links,
// no images), readable in any client and as plain text.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { CONTACT_EMAIL } from "@/lib/contact";

const body = { backgroundColor: "#ffffff", fontFamily: "Helvetica, Arial, sans-serif", color: "#0b0c0c", margin: 0 };
const banner = { backgroundColor: "#1d70b8", color: "#ffffff", fontSize: "19px", fontWeight: 700, padding: "12px 16px", margin: 0 };
const container = { maxWidth: "580px", padding: "0 16px" };

export const paragraph = { fontSize: "19px", lineHeight: "1.4", margin: "0 0 20px" };
export const link = { color: "#1d70b8", textDecoration: "underline" };
const small = { ...paragraph, fontSize: "16px" };
export const code = { fontSize: "36px", fontWeight: 700, letterSpacing: "4px", margin: "0 0 20px" };

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Text style={banner}>GOV.UK</Text>
        <Container style={container}>
          <Section>{children}</Section>
          <Hr />
          <Text style={small}>
            If you need help, email{" "}
            <Link href={`mailto:${CONTACT_EMAIL}`} style={link}>
              {CONTACT_EMAIL}
            </Link>
            .
          </Text>
          <Text style={small}>Department for Education</Text>
        </Container>
      </Body>
    </Html>
  );
}
