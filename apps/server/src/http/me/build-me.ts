import type { Me } from "@samspel/core";
import type { LoginSession } from "../../accounts/login-sessions.js";
import { listMemberships } from "../../accounts/organisations.js";
import { findUserById } from "../../accounts/users.js";
import { unauthenticated } from "../../errors.js";
import type { AppContext } from "../context.js";

/**
 * The "who am I" answer that every login-creating route returns: the user, their organisations
 * with their role in each, which one they are working in, and the CSRF token for writes.
 */
export async function buildMe(
  ctx: AppContext,
  session: Pick<LoginSession, "userId" | "csrfToken" | "activeOrganisationId">,
): Promise<Me> {
  const user = await findUserById(ctx.storage.db, session.userId);
  if (!user) throw unauthenticated();
  const organisations = await listMemberships(ctx.storage.db, user.id);
  const active = organisations.some((org) => org.id === session.activeOrganisationId)
    ? session.activeOrganisationId
    : (organisations[0]?.id ?? null);
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
    organisations,
    activeOrganisationId: active,
    csrfToken: session.csrfToken,
  };
}
