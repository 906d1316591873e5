import { calendarDay, myTrainingSchema, trainingPeopleSchema } from "@samspel/core";
import { programmeStanding } from "../../training/access.js";
import { certificatesOf, toCertificateView } from "../../training/certificates.js";
import { enrolmentViews, findCohort } from "../../training/cohorts.js";
import { programmesFor, programmeView } from "../../training/programmes.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireCapability, requireLogin } from "../plugins/session.js";
import { orgParams } from "./schema.js";

/** A trainee's own page, and a partner organisation's view of its own people. */
export function registerTrainingMeRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/me/training",
    {
      schema: {
        summary:
          "Your training: programmes open to you, your sign-ups with offers and progress, your certificates",
        tags: ["training"],
        response: { 200: myTrainingSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: one's own data only.
      const { userId } = requireLogin(request);
      const db = ctx.storage.db;
      // RESOLUTION
      const memberships = await db
        .selectFrom("memberships")
        .select(["organisation_id", "role"])
        .where("user_id", "=", userId)
        .execute();
      const seen = new Set<string>();
      const programmes = [];
      for (const membership of memberships) {
        for (const row of await programmesFor(db, membership.organisation_id, false)) {
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          programmes.push(await programmeView(db, row, await programmeStanding(db, row, userId)));
        }
      }
      const own = await db
        .selectFrom("cohort_enrolments")
        .select("id")
        .where("user_id", "=", userId)
        .execute();
      return {
        programmes,
        enrolments: await enrolmentsWithNames(
          ctx,
          own.map((row) => row.id),
        ),
        certificates: (await certificatesOf(db, [userId])).map((row) =>
          toCertificateView(row, calendarDay(ctx.clock.now())),
        ),
      };
    },
  );

  app.get(
    "/api/orgs/:orgId/training/people",
    {
      schema: {
        summary:
          "This organisation's own people in training anywhere: sign-ups, progress and certificates (admins and coordinators)",
        tags: ["training"],
        params: orgParams,
        response: { 200: trainingPeopleSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { orgId } = request.params;
      await requireCapability(request, ctx, orgId, "manageTraining");
      const db = ctx.storage.db;
      // RESOLUTION: people who signed up through this organisation, and certificates held by
      // its members; nobody else's.
      const rows = await db
        .selectFrom("cohort_enrolments")
        .select("id")
        .where("organisation_id", "=", orgId)
        .execute();
      const members = await db
        .selectFrom("memberships")
        .select("user_id")
        .where("organisation_id", "=", orgId)
        .execute();
      return {
        enrolments: await enrolmentsWithNames(
          ctx,
          rows.map((row) => row.id),
        ),
        certificates: (
          await certificatesOf(
            db,
            members.map((member) => member.user_id),
          )
        ).map((row) => toCertificateView(row, calendarDay(ctx.clock.now()))),
      };
    },
  );
}

/** Enrolment views across cohorts, each named with its cohort and programme. */
async function enrolmentsWithNames(ctx: AppContext, enrolmentIds: readonly string[]) {
  if (enrolmentIds.length === 0) return [];
  const db = ctx.storage.db;
  const rows = await db
    .selectFrom("cohort_enrolments")
    .selectAll()
    .where("id", "in", enrolmentIds)
    .orderBy("signed_up_at")
    .execute();
  const result = [];
  for (const cohortId of [...new Set(rows.map((row) => row.cohort_id))]) {
    const found = await findCohort(db, cohortId);
    const views = await enrolmentViews(
      db,
      found,
      rows.filter((row) => row.cohort_id === cohortId),
    );
    result.push(
      ...views.map((view) => ({
        ...view,
        cohortName: found.cohort.name,
        programmeName: found.programme.name,
      })),
    );
  }
  return result;
}
