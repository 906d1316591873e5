import {
  loginBodySchema,
  meSchema,
  signupBodySchema,
  switchOrganisationBodySchema,
} from "@samspel/core";
import { z } from "zod";
import { deleteLoginSession, setActiveOrganisation } from "../../accounts/login-sessions.js";
import { createOrganisation, findRole } from "../../accounts/organisations.js";
import { hashForUnknownUser, hashPassword, verifyPassword } from "../../accounts/passwords.js";
import { createUser, findUserByEmail } from "../../accounts/users.js";
import { AppError } from "../../errors.js";
import type { App, AppContext } from "../context.js";
import { errorResponses } from "../error-responses.js";
import { buildMe } from "../me/build-me.js";
import type { RateLimits } from "../plugins/rate-limits.js";
import { clearSessionCookie, requireLogin } from "../plugins/session.js";
import { initialLocale, startLogin } from "./start-login.js";

export function registerAuthRoutes(app: App, ctx: AppContext, limits: RateLimits): void {
  app.post(
    "/api/auth/signup",
    {
      config: { csrfExempt: true },
      preHandler: [limits.signupPerAddress],
      schema: {
        summary: "Sign up: creates a user, their organisation, and logs them in as its admin",
        tags: ["auth"],
        body: signupBodySchema,
        response: { 201: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // VALIDATION: the schema has normalised the e-mail and bounded every field.
      const body = request.body;
      // Hashing happens before the transaction: it takes ~80 ms and must not hold a write lock.
      const passwordHash = await hashPassword(body.password);
      const now = ctx.clock.now();

      // RESOLUTION: user, organisation, admin membership and login land together or not at all.
      const issued = await ctx.storage.db.transaction().execute(async (trx) => {
        const userId = await createUser(
          trx,
          {
            email: body.email,
            displayName: body.displayName,
            passwordHash,
            locale: initialLocale(request, body.locale),
          },
          now,
        );
        const organisationId = await createOrganisation(trx, body.organisationName, userId, now);
        return startLogin(ctx, trx, reply, userId, organisationId);
      });
      return reply.status(201).send(await buildMe(ctx, issued));
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { csrfExempt: true },
      preHandler: [limits.loginPerAddress, limits.loginPerAccount],
      schema: {
        summary: "Log in with e-mail and password",
        tags: ["auth"],
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await findUserByEmail(ctx.storage.db, email);
      // Same work and the same answer whether the e-mail is unknown or the password wrong: the
      // login form must not tell an attacker which addresses have accounts.
      const valid = await verifyPassword(
        password,
        user?.password_hash ?? (await hashForUnknownUser()),
      );
      if (!user || !valid) {
        throw new AppError(401, "invalid_credentials", "The e-mail or password is not right.");
      }
      const issued = await startLogin(ctx, ctx.storage.db, reply, user.id, null);
      return buildMe(ctx, issued);
    },
  );

  app.post(
    "/api/auth/logout",
    {
      schema: {
        summary: "Log out: ends this login session",
        tags: ["auth"],
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      // Logging out twice is not an error: the outcome the user wants holds either way.
      if (request.loginSession) await deleteLoginSession(ctx.storage.db, request.loginSession.id);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    {
      schema: {
        summary: "The logged-in user, their organisations and the CSRF token",
        tags: ["auth"],
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => buildMe(ctx, requireLogin(request)),
  );

  app.post(
    "/api/auth/active-organisation",
    {
      schema: {
        summary: "Switch the organisation this login works in",
        tags: ["auth"],
        body: switchOrganisationBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => {
      // AUTH
      const session = requireLogin(request);
      const { organisationId } = request.body;
      const role = await findRole(ctx.storage.db, organisationId, session.userId);
      if (!role) {
        throw new AppError(403, "not_a_member", "You are not a member of this organisation.");
      }
      // RESOLUTION
      await setActiveOrganisation(ctx.storage.db, session.id, organisationId);
      return buildMe(ctx, { ...session, activeOrganisationId: organisationId });
    },
  );
}
