import type { Metadata } from "next";
import { Button, NotificationBanner } from "@/components/govuk";
import { formatDay } from "@/lib/format/dates";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { listStaff, STAFF_ROLES } from "@/lib/support/staff";

export const metadata: Metadata = { title: "Staff" };

const DONE: Record<string, string> = { added: "The member of staff has been added", changed: "The role has been changed", removed: "The member of staff has been removed" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const admin = await requireRole("admin");
  const [staff, { done }] = await Promise.all([listStaff(), searchParams]);
  const banner = typeof done === "string" ? DONE[done] : undefined;
  return (
    <>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <h1 className="govuk-heading-l">Staff</h1>
      <p className="govuk-body">Support staff find teachers, decide change requests and manage invitations. Admins can also manage staff and API keys.</p>
      <Button href={SUPPORT_PAGES.newStaff}>Add a member of staff</Button>
      <div className="app-scroll-container" tabIndex={0} role="region" aria-labelledby="staff-caption">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden" id="staff-caption">
            Staff
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Email address</th>
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Last signed in</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {staff.map((member) => (
              <tr key={member.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {member.firstName} {member.lastName}
                  {member.id === admin.id ? " (you)" : ""}
                </td>
                <td className="govuk-table__cell govuk-!-text-break-word">{member.email}</td>
                <td className="govuk-table__cell">{STAFF_ROLES[member.role as keyof typeof STAFF_ROLES]}</td>
                <td className="govuk-table__cell">{member.lastSignedInAt ? formatDay(member.lastSignedInAt) : "Never"}</td>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={SUPPORT_PAGES.staffMember(member.id)}>
                    Change<span className="govuk-visually-hidden"> {member.firstName} {member.lastName}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
