import type { Me } from "@samspel/core";

/** Where "/" takes a logged-in user: the active organisation, else any, else making one. */
export function homePathFor(me: Me): string {
  const active = me.organisations.find((org) => org.id === me.activeOrganisationId);
  const target = active ?? me.organisations[0];
  return target ? `/orgs/${encodeURIComponent(target.id)}` : "/orgs/new";
}
