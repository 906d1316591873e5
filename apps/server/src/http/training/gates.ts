import { can } from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { findRole } from "../../accounts/organisations.js";
import { forbidden } from "../../errors.js";
import type { CohortEnrolmentTable } from "../../storage/schema.js";
import {
  cohortStaffRoles,
  type ProgrammeStanding,
  programmeStanding,
} from "../../training/access.js";
import {
  type CohortWithProgramme,
  type EnrolmentScope,
  findCohort,
  inScope,
} from "../../training/cohorts.js";
import { notFoundAs, trainingNotFound } from "../../training/errors.js";
import { findBookingRequest } from "../../training/pool.js";
import { programmeRow } from "../../training/programmes.js";
import type { AppContext } from "../context.js";
import { requireLogin } from "../plugins/session.js";

/**
 * The gates of the training routes. Someone with no standing in a programme is told it does
 * not exist (404), never that it exists and is closed to them.
 */
export async function programmeFor(request: FastifyRequest, ctx: AppContext, programmeId: string) {
  const { userId } = requireLogin(request);
  const row = await programmeRow(ctx.storage.db, programmeId);
  const standing = await programmeStanding(ctx.storage.db, row, userId);
  if (!standing.visible) throw trainingNotFound("programme_not_found");
  return { row, standing, userId };
}

export interface CohortAccess {
  found: CohortWithProgramme;
  standing: ProgrammeStanding;
  staff: ("trainer" | "supervisor")[];
  userId: string;
  scope: EnrolmentScope;
}

export async function cohortFor(
  request: FastifyRequest,
  ctx: AppContext,
  cohortId: string,
): Promise<CohortAccess> {
  const { userId } = requireLogin(request);
  const found = await findCohort(ctx.storage.db, cohortId);
  const [standing, staff] = await Promise.all([
    programmeStanding(ctx.storage.db, found.programme, userId),
    cohortStaffRoles(ctx.storage.db, cohortId, userId),
  ]);
  if (!standing.visible && staff.length === 0) throw trainingNotFound("cohort_not_found");
  // Coordinators and the cohort's trainers and supervisors work with every trainee; a partner's
  // training managers see their own organisation's people; anyone else sees themself.
  const scope: EnrolmentScope =
    standing.coordinating || staff.length > 0
      ? { all: true }
      : { all: false, organisationIds: standing.partnerOf, userId };
  return { found, standing, staff, userId, scope };
}

/** An enrolment with the cohort access of the person asking; 404 for those who may not see it. */
export async function enrolmentFor(
  request: FastifyRequest,
  ctx: AppContext,
  enrolmentId: string,
): Promise<{ enrolment: CohortEnrolmentTable; access: CohortAccess }> {
  requireLogin(request);
  const enrolment = await ctx.storage.db
    .selectFrom("cohort_enrolments")
    .selectAll()
    .where("id", "=", enrolmentId)
    .executeTakeFirst();
  if (!enrolment) throw trainingNotFound("enrolment_not_found");
  const access = await notFoundAs("enrolment_not_found", () =>
    cohortFor(request, ctx, enrolment.cohort_id),
  );
  if (!inScope(access.scope, enrolment)) throw trainingNotFound("enrolment_not_found");
  return { enrolment, access };
}

export function requireCoordinating(standing: Pick<ProgrammeStanding, "coordinating">): void {
  if (!standing.coordinating) {
    throw forbidden("Only the programme's coordinators may do this.");
  }
}

/** A booking request: its pool's members may read it, its coordinators act on it. */
export async function requestFor(request: FastifyRequest, ctx: AppContext, requestId: string) {
  const { userId } = requireLogin(request);
  const row = await findBookingRequest(ctx.storage.db, requestId);
  const role = await findRole(ctx.storage.db, row.organisation_id, userId);
  if (role) return { row, coordinating: can(role, "manageTraining"), userId };
  // From a partner's unit: its asker and the partner's training managers follow it.
  const partnerRole = row.requesting_organisation_id
    ? await findRole(ctx.storage.db, row.requesting_organisation_id, userId)
    : null;
  if (row.requested_by === userId || (partnerRole && can(partnerRole, "manageTraining"))) {
    return { row, coordinating: false, userId };
  }
  throw trainingNotFound("booking_request_not_found");
}
