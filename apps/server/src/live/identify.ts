import type { IncomingMessage } from "node:http";
import { can, type Viewer } from "@samspel/core";
import { findLoginSession } from "../accounts/login-sessions.js";
import { findUserById } from "../accounts/users.js";
import type { AppContext } from "../http/context.js";
import { SESSION_COOKIE } from "../http/plugins/session.js";
import { sessionRole } from "../sessions/facilitators.js";
import { findParticipantByToken } from "../sessions/participants.js";
import { findSession } from "../sessions/read-model.js";
import type { HelloIdentity } from "./hub.js";

/**
 * Who a client is: a participant by the secret token their browser keeps, or a facilitator (or a
 * facilitator's wall screen, `as: "observer"`) by their login cookie and their role in the
 * session's organisation or a grant for this session (a booking linked to it).
 */
export async function identifyClient(
  ctx: AppContext,
  parseCookie: (header: string) => Record<string, string | undefined>,
  request: IncomingMessage,
  hello: { sessionId: string; token?: string | undefined; as?: "observer" | undefined },
): Promise<HelloIdentity> {
  const session = await findSession(ctx.storage.db, hello.sessionId);
  if (!session) return { ok: false, code: "unknown_session", message: "No such session." };

  if (hello.token) {
    const participantId = await findParticipantByToken(ctx.storage.db, session.id, hello.token);
    if (!participantId) {
      return {
        ok: false,
        code: "invalid_token",
        message: "This participant token is not valid here.",
      };
    }
    const viewer: Viewer = { class: "participant", participantId };
    return { ok: true, actor: { kind: "participant", participantId }, viewer };
  }

  const token = parseCookie(request.headers.cookie ?? "")[SESSION_COOKIE];
  const login = token ? await findLoginSession(ctx.storage.db, token, ctx.clock.now()) : undefined;
  const user = login ? await findUserById(ctx.storage.db, login.userId) : undefined;
  const role = user ? await sessionRole(ctx.storage.db, session, user.id) : undefined;
  if (!user || !role || !can(role, "runSessions")) {
    return {
      ok: false,
      code: "invalid_token",
      message: "Join with a participant token, or log in as a facilitator.",
    };
  }
  if (hello.as === "observer") {
    return { ok: true, actor: { kind: "observer" }, viewer: { class: "observer" } };
  }
  return {
    ok: true,
    actor: { kind: "facilitator", userId: user.id, displayName: user.display_name },
    viewer: { class: "facilitator" },
  };
}
