"use client"; // Client for usePathname: a layout is not told which page it wraps. Rendered on the server too, so it works without JavaScript.

import { usePathname } from "next/navigation";
import { ServiceNavigation } from "@/components/govuk";
import type { NavigationLink } from "./services";

/** The service navigation with the link for the page being shown marked as current. */
export function CurrentServiceNavigation({ serviceName, serviceUrl, links }: { serviceName: string; serviceUrl: string; links: NavigationLink[] }) {
  const pathname = usePathname() ?? "";
  return (
    <ServiceNavigation
      serviceName={serviceName}
      serviceUrl={serviceUrl}
      navigation={links.map((link) => ({
        href: link.href,
        text: link.text,
        current: pathname === link.href,
        active: pathname !== link.href && pathname.startsWith(`${link.href}/`),
      }))}
    />
  );
}
