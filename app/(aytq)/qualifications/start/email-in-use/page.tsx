import type { Metadata } from "next";
import { EmailInUse, INVITATION_TITLES } from "@/components/identity/invitation-pages";

export const metadata: Metadata = { title: INVITATION_TITLES.emailInUse };

export default function InvitationEmailInUsePage() {
  return <EmailInUse />;
}
