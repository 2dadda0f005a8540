import type { Metadata } from "next";
import { Button, NotificationBanner, Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDay } from "@/lib/format/dates";
import { requireRole } from "@/lib/identity/session";
import { messageFor, SUPPORT_PAGES } from "@/lib/support/pages";
import { listStaff, STAFF_ROLES } from "@/lib/support/staff";

export const metadata: Metadata = { title: "Staff" };

const DONE: Record<string, string> = {
  added: "The member of staff has been added",
  changed: "The role has been changed",
  removed: "The member of staff has been removed",
};

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const admin = await requireRole("admin");
  const [staff, { done }] = await Promise.all([listStaff(), searchParams]);
  const banner = messageFor(DONE, done);
  return (
    <>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <h1 className="govuk-heading-l">Staff</h1>
      <p className="govuk-body">Support staff find teachers, decide change requests and manage invitations. Admins can also manage staff and API keys.</p>
      <Button href={SUPPORT_PAGES.newStaff}>Add a member of staff</Button>
      <ScrollContainer labelledBy="staff-caption">
        <Table
          caption="Staff"
          captionClassName="govuk-visually-hidden"
          captionId="staff-caption"
          head={[
            { children: "Name" },
            { children: "Email address" },
            { children: "Role" },
            { children: "Last signed in" },
            { children: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          rows={staff.map((member) => ({
            key: member.id,
            cells: [
              {
                children: (
                  <>
                    {member.firstName} {member.lastName}
                    {member.id === admin.id ? " (you)" : ""}
                  </>
                ),
              },
              { children: member.email, className: "govuk-!-text-break-word" },
              { children: STAFF_ROLES[member.role as keyof typeof STAFF_ROLES] },
              { children: member.lastSignedInAt ? formatDay(member.lastSignedInAt) : "Never" },
              {
                children: (
                  <a className="govuk-link" href={SUPPORT_PAGES.staffMember(member.id)}>
                    Change
                    <span className="govuk-visually-hidden">
                      {" "}
                      {member.firstName} {member.lastName}
                    </span>
                  </a>
                ),
              },
            ],
          }))}
        />
      </ScrollContainer>
    </>
  );
}
