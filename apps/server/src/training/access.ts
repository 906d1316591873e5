import { can, type Role } from "@samspel/core";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/**
 * Who someone is to a programme. Coordinators (admins and coordinators of the owning
 * organisation) manage it; a partner's admins and coordinators act for their organisation's
 * people only; members of the owner or an accepted partner may sign up. Nobody else sees it.
 */
export interface ProgrammeStanding {
  coordinating: boolean;
  /** The reader's organisations through which they may sign up (owner or accepted partner). */
  signUpThrough: string[];
  /** Partner organisations whose people's data the reader may see (they manage training there). */
  partnerOf: string[];
  /** Partner organisations the reader may accept the programme for (offered, not yet accepted). */
  mayAcceptFor: string[];
  visible: boolean;
}

export async function programmeStanding(
  db: Kysely<Database>,
  programme: { id: string; organisation_id: string },
  userId: string,
): Promise<ProgrammeStanding> {
  const memberships = await db
    .selectFrom("memberships")
    .leftJoin("programme_partners", (join) =>
      join
        .onRef("programme_partners.organisation_id", "=", "memberships.organisation_id")
        .on("programme_partners.programme_id", "=", programme.id),
    )
    .select([
      "memberships.organisation_id as organisationId",
      "memberships.role as role",
      "programme_partners.offered_at as offeredAt",
      "programme_partners.accepted_at as acceptedAt",
    ])
    .where("memberships.user_id", "=", userId)
    .execute();
  const standing: ProgrammeStanding = {
    coordinating: false,
    signUpThrough: [],
    partnerOf: [],
    mayAcceptFor: [],
    visible: false,
  };
  for (const membership of memberships) {
    const manages = can(membership.role as Role, "manageTraining");
    if (membership.organisationId === programme.organisation_id) {
      standing.visible = true;
      standing.signUpThrough.push(membership.organisationId);
      if (manages) standing.coordinating = true;
    } else if (membership.acceptedAt) {
      standing.visible = true;
      standing.signUpThrough.push(membership.organisationId);
      if (manages) standing.partnerOf.push(membership.organisationId);
    } else if (membership.offeredAt && manages) {
      standing.visible = true;
      standing.mayAcceptFor.push(membership.organisationId);
    }
  }
  return standing;
}

/** Whether the user holds a place-keeping role on a cohort's staff (trainer or supervisor). */
export async function cohortStaffRoles(
  db: Kysely<Database>,
  cohortId: string,
  userId: string,
): Promise<("trainer" | "supervisor")[]> {
  const rows = await db
    .selectFrom("cohort_staff")
    .select("role")
    .where("cohort_id", "=", cohortId)
    .where("user_id", "=", userId)
    .execute();
  return rows.map((row) => row.role);
}
