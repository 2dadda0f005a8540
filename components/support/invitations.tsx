import { Tag, type TagColour } from "@/components/govuk";
import type { InvitationStatus } from "@/lib/support/teacher";

const TAGS: Record<InvitationStatus, { text: string; colour?: TagColour }> = {
  pending: { text: "Waiting to be used" },
  used: { text: "Used", colour: "green" },
  revoked: { text: "Revoked", colour: "grey" },
  expired: { text: "Expired", colour: "red" },
};

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { text, colour } = TAGS[status];
  return <Tag colour={colour}>{text}</Tag>;
}
