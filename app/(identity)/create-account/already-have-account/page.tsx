import type { Metadata } from "next";
import { AlreadyHaveAccount, INVITATION_TITLES } from "@/components/identity/invitation-pages";

export const metadata: Metadata = { title: INVITATION_TITLES.used };

export default function AlreadyHaveAccountPage() {
  return <AlreadyHaveAccount />;
}
