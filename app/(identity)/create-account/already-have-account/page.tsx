import type { Metadata } from "next";
import { AlreadyHaveAccount, INVITATION_TITLES } from "@/components/identity/invitation-pages";
import { currentAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: INVITATION_TITLES.used };

export default async function AlreadyHaveAccountPage() {
  return <AlreadyHaveAccount signedIn={(await currentAccount()) !== null} />;
}
