import {
  answerOffer,
  calendarDay,
  canWithdraw,
  certificateSchema,
  certificateValidity,
  certifyBodySchema,
  enrolmentSchema,
  offerAnswerBodySchema,
  placeForSignUp,
  practiceBodySchema,
  practiceFeedbackBodySchema,
  practiceSessionListSchema,
  signUpBodySchema,
  supervisorBodySchema,
} from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../../accounts/tokens.js";
import { AppError, forbidden } from "../../errors.js";
import { isUniqueViolation } from "../../storage/constraints.js";
import type { Database } from "../../storage/schema.js";
import { programmeStanding } from "../../training/access.js";
import {
  findCertificate,
  issueCertificate,
  toCertificateView,
} from "../../training/certificates.js";
import { enrolmentViews, settle, withSettledCohort } from "../../training/cohorts.js";
import { notFoundAs, trainingConflict, trainingNotFound } from "../../training/errors.js";
import { sessionsFacilitatedBy } from "../../training/practice-sessions.js";
import { programmeRow } from "../../training/programmes.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { requireLogin } from "../plugins/session.js";
import { type CohortAccess, cohortFor, enrolmentFor, requireCoordinating } from "./gates.js";
import { certificationParams, cohortParams, enrolmentParams, practiceParams } from "./schema.js";

async function oneView(db: Kysely<Database>, access: CohortAccess, enrolmentId: string) {
  const row = await db
    .selectFrom("cohort_enrolments")
    .selectAll()
    .where("id", "=", enrolmentId)
    .executeTakeFirstOrThrow();
  const [view] = await enrolmentViews(db, access.found, [row]);
  if (!view) throw trainingNotFound("enrolment_not_found");
  return view;
}

/** Sign-ups, waiting list offers, practice, supervision and certification. */
export function registerEnrolmentRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/training/cohorts/:cohortId/sign-ups",
    {
      schema: {
        summary:
          "Sign yourself up through your organisation (the owner or an accepted partner): a place while there is one, else the waiting list",
        tags: ["training"],
        params: cohortParams,
        body: signUpBodySchema,
        response: { 201: enrolmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH: one signs oneself up, through an organisation one belongs to that may send people.
      const access = await cohortFor(request, ctx, request.params.cohortId);
      const { organisationId, unit } = request.body;
      if (!access.standing.signUpThrough.includes(organisationId)) {
        throw new AppError(
          403,
          "programme_not_offered",
          "This programme is not open to that organisation, or you are not its member.",
        );
      }
      // VALIDATION and RESOLUTION under the cohort lock: two sign-ups for the last place are
      // counted one after the other, so exactly one of them gets it (see lockCohort).
      const now = ctx.clock.now();
      const id = newId();
      try {
        await withSettledCohort(ctx.storage, access.found.cohort, now, async (trx, rows) => {
          if (rows.some((row) => row.user_id === access.userId)) {
            throw trainingConflict(
              "already_signed_up",
              "You have already signed up to this cohort.",
            );
          }
          const status = placeForSignUp(Number(access.found.cohort.capacity), rows);
          const position = rows.reduce((max, row) => Math.max(max, Number(row.position)), 0) + 1;
          await trx
            .insertInto("cohort_enrolments")
            .values({
              id,
              cohort_id: access.found.cohort.id,
              user_id: access.userId,
              organisation_id: organisationId,
              unit,
              status,
              position,
              offer_expires_at: null,
              placed_at: status === "enrolled" ? now.toISOString() : null,
              supervisor_id: null,
              signed_up_at: now.toISOString(),
            })
            .execute();
        });
      } catch (error) {
        // The lock makes this unreachable in one database; kept so a retried request that raced
        // itself still answers with the stable code.
        if (isUniqueViolation(error)) {
          throw trainingConflict("already_signed_up", "You have already signed up to this cohort.");
        }
        throw error;
      }
      return reply.status(201).send(await oneView(ctx.storage.db, access, id));
    },
  );

  app.post(
    "/api/training/enrolments/:enrolmentId/withdraw",
    {
      schema: {
        summary:
          "Withdraw a sign-up (the trainee, or a coordinator); a freed place is offered to the first on the waiting list",
        tags: ["training"],
        params: enrolmentParams,
        response: { 200: enrolmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      if (enrolment.user_id !== access.userId && !access.standing.coordinating) {
        throw forbidden("Only the trainee or a coordinator may withdraw this sign-up.");
      }
      // VALIDATION and RESOLUTION; the cohort settles again after the change, which offers the
      // freed place on the spot.
      await withSettledCohort(
        ctx.storage,
        access.found.cohort,
        ctx.clock.now(),
        async (trx, rows) => {
          const current = rows.find((row) => row.id === enrolment.id);
          if (!current || !canWithdraw(current.status)) {
            throw trainingConflict("cannot_withdraw", "This sign-up can no longer be withdrawn.");
          }
          await trx
            .updateTable("cohort_enrolments")
            .set({ status: "withdrawn", offer_expires_at: null })
            .where("id", "=", enrolment.id)
            .execute();
          await settle(trx, access.found.cohort, ctx.clock.now());
        },
      );
      return oneView(ctx.storage.db, access, enrolment.id);
    },
  );

  app.post(
    "/api/training/enrolments/:enrolmentId/offer",
    {
      schema: {
        summary: "Accept or decline the place offered to you before the offer expires",
        tags: ["training"],
        params: enrolmentParams,
        body: offerAnswerBodySchema,
        response: { 200: enrolmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH: the offer is personal.
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      if (enrolment.user_id !== access.userId) {
        throw forbidden("Only the person offered the place may answer.");
      }
      // VALIDATION and RESOLUTION
      const now = ctx.clock.now();
      await withSettledCohort(ctx.storage, access.found.cohort, now, async (trx, rows) => {
        const current = rows.find((row) => row.id === enrolment.id);
        const outcome = current
          ? answerOffer(
              { status: current.status, offerExpiresAt: current.offer_expires_at },
              request.body.answer,
              now,
            )
          : ({ error: "offer_not_open" } as const);
        if ("error" in outcome) {
          throw trainingConflict("offer_not_open", "This offer is no longer open.");
        }
        await trx
          .updateTable("cohort_enrolments")
          .set({
            status: outcome.status,
            offer_expires_at: null,
            ...(outcome.status === "enrolled" ? { placed_at: now.toISOString() } : {}),
          })
          .where("id", "=", enrolment.id)
          .execute();
        // A decline frees the place for the next in line at once.
        await settle(trx, access.found.cohort, now);
      });
      return oneView(ctx.storage.db, access, enrolment.id);
    },
  );

  app.put(
    "/api/training/enrolments/:enrolmentId/supervisor",
    {
      schema: {
        summary: "Assign a supervisor of the cohort to a trainee (coordinators)",
        tags: ["training"],
        params: enrolmentParams,
        body: supervisorBodySchema,
        response: { 200: enrolmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      requireCoordinating(access.standing);
      // VALIDATION: supervisors are certified when added to the cohort's staff.
      const supervises = await ctx.storage.db
        .selectFrom("cohort_staff")
        .select("user_id")
        .where("cohort_id", "=", enrolment.cohort_id)
        .where("user_id", "=", request.body.supervisorId)
        .where("role", "=", "supervisor")
        .executeTakeFirst();
      if (!supervises) {
        throw trainingConflict(
          "supervisor_not_certified",
          "Add this person as a certified supervisor of the cohort first.",
        );
      }
      // RESOLUTION
      await ctx.storage.db
        .updateTable("cohort_enrolments")
        .set({ supervisor_id: request.body.supervisorId })
        .where("id", "=", enrolment.id)
        .execute();
      return oneView(ctx.storage.db, access, enrolment.id);
    },
  );

  app.get(
    "/api/training/enrolments/:enrolmentId/sessions",
    {
      schema: {
        summary:
          "Sessions you ran or co-ran in the organisation you came through, to link practice to (the trainee only)",
        tags: ["training"],
        params: enrolmentParams,
        response: { 200: practiceSessionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      // The sessions are the trainee's organisation's, perhaps a partner's: only the trainee
      // lists them, so the programme's coordinators learn no partner's session titles.
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      if (enrolment.user_id !== access.userId) {
        throw forbidden("Only the trainee may list the sessions they ran.");
      }
      // RESOLUTION
      return {
        sessions: await sessionsFacilitatedBy(
          ctx.storage.db,
          enrolment.user_id,
          enrolment.organisation_id,
        ),
      };
    },
  );

  app.post(
    "/api/training/enrolments/:enrolmentId/practice",
    {
      schema: {
        summary:
          "Log a practice process the trainee ran or co-ran, optionally linked to a session (the trainee, or a coordinator)",
        tags: ["training"],
        params: enrolmentParams,
        body: practiceBodySchema,
        response: { 201: enrolmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      if (enrolment.user_id !== access.userId && !access.standing.coordinating) {
        throw forbidden("Only the trainee or a coordinator may log practice.");
      }
      // VALIDATION
      if (enrolment.status !== "enrolled" && enrolment.status !== "completed") {
        throw trainingConflict("not_a_trainee", "Only a trainee holding a place logs practice.");
      }
      // A linked session must be one the trainee ran or co-ran in the organisation they came
      // through: its participants' feedback later shows in their history.
      const { sessionId } = request.body;
      if (sessionId !== undefined) {
        const facilitated = await sessionsFacilitatedBy(
          ctx.storage.db,
          enrolment.user_id,
          enrolment.organisation_id,
        );
        if (!facilitated.some((session) => session.id === sessionId)) {
          throw new AppError(
            404,
            "session_not_found",
            "No session the trainee ran or co-ran in their organisation has that id.",
          );
        }
      }
      // RESOLUTION
      await ctx.storage.db
        .insertInto("practice_processes")
        .values({
          id: newId(),
          enrolment_id: enrolment.id,
          title: request.body.title,
          held_on: request.body.heldOn,
          role: request.body.role,
          session_id: sessionId ?? null,
          feedback: null,
          feedback_by: null,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
      return reply.status(201).send(await oneView(ctx.storage.db, access, enrolment.id));
    },
  );

  app.put(
    "/api/training/practice/:practiceId/feedback",
    {
      schema: {
        summary:
          "The supervisor's feedback on a practice process (its trainee's supervisor, or a coordinator)",
        tags: ["training"],
        params: practiceParams,
        body: practiceFeedbackBodySchema,
        response: { 200: enrolmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      requireLogin(request);
      const practice = await ctx.storage.db
        .selectFrom("practice_processes")
        .select(["id", "enrolment_id"])
        .where("id", "=", request.params.practiceId)
        .executeTakeFirst();
      if (!practice) throw trainingNotFound("practice_not_found");
      const { enrolment, access } = await notFoundAs("practice_not_found", () =>
        enrolmentFor(request, ctx, practice.enrolment_id),
      );
      if (enrolment.supervisor_id !== access.userId && !access.standing.coordinating) {
        throw forbidden("Only the trainee's supervisor or a coordinator may give this feedback.");
      }
      // RESOLUTION
      await ctx.storage.db
        .updateTable("practice_processes")
        .set({ feedback: request.body.feedback, feedback_by: access.userId })
        .where("id", "=", practice.id)
        .execute();
      return oneView(ctx.storage.db, access, enrolment.id);
    },
  );

  app.post(
    "/api/training/enrolments/:enrolmentId/certify",
    {
      schema: {
        summary:
          "Certify a trainee who meets the completion rule; the certificate runs for the programme's validity (coordinators)",
        tags: ["training"],
        params: enrolmentParams,
        body: certifyBodySchema,
        response: { 201: certificateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { enrolment, access } = await enrolmentFor(request, ctx, request.params.enrolmentId);
      requireCoordinating(access.standing);
      // VALIDATION
      const [view] = await enrolmentViews(ctx.storage.db, access.found, [enrolment]);
      if (!view || (enrolment.status !== "enrolled" && enrolment.status !== "completed")) {
        throw trainingConflict("not_a_trainee", "Only a trainee holding a place can be certified.");
      }
      if (!view.progress.complete) {
        throw trainingConflict(
          "training_not_complete",
          "The trainee has not met the programme's completion rule yet.",
          { progress: view.progress },
        );
      }
      // RESOLUTION
      const { programme } = access.found;
      const now = ctx.clock.now();
      const id = await ctx.storage.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("cohort_enrolments")
          .set({ status: "completed" })
          .where("id", "=", enrolment.id)
          .execute();
        return issueCertificate(
          trx,
          {
            userId: enrolment.user_id,
            programmeId: programme.id,
            certifyingBody: programme.certifying_body,
            validity: certificateValidity(
              Number(programme.certificate_valid_months),
              request.body.certifiedOn,
            ),
            renewsId: null,
          },
          now,
        );
      });
      const row = await findCertificate(ctx.storage.db, id);
      if (!row) throw trainingNotFound("certification_not_found");
      return reply.status(201).send(toCertificateView(row, calendarDay(now)));
    },
  );

  app.post(
    "/api/training/certifications/:certificationId/renew",
    {
      schema: {
        summary:
          "Renew a certificate: in time, it continues from the old expiry; late, from the renewal day (coordinators of the programme)",
        tags: ["training"],
        params: certificationParams,
        body: certifyBodySchema,
        response: { 201: certificateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // AUTH
      const { userId } = requireLogin(request);
      const certificate = await findCertificate(ctx.storage.db, request.params.certificationId);
      const programme =
        certificate && (await programmeRow(ctx.storage.db, certificate.programmeId));
      const standing = programme && (await programmeStanding(ctx.storage.db, programme, userId));
      if (!certificate || !programme || !standing?.visible) {
        throw trainingNotFound("certification_not_found");
      }
      requireCoordinating(standing);
      // RESOLUTION
      const now = ctx.clock.now();
      const id = await issueCertificate(
        ctx.storage.db,
        {
          userId: certificate.userId,
          programmeId: programme.id,
          certifyingBody: programme.certifying_body,
          validity: certificateValidity(
            Number(programme.certificate_valid_months),
            request.body.certifiedOn,
            certificate,
          ),
          renewsId: certificate.id,
        },
        now,
      );
      const row = await findCertificate(ctx.storage.db, id);
      if (!row) throw trainingNotFound("certification_not_found");
      return reply.status(201).send(toCertificateView(row, calendarDay(now)));
    },
  );
}
