import type {
  InvitationToSession,
  Perspective,
  PreparationOverview,
  SessionInvitation,
} from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import { PREPARATION_BODY, SESSION_BODY, tokenOf } from "../../test-support/preparation.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("preparing a session on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "member">;
  let sessionId: string;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "member"], "Sykehuset Innlandet");
    const created = await team.admin.client.post<{ id: string }>(
      `/api/orgs/${team.organisationId}/sessions`,
      SESSION_BODY,
    );
    expect(created.status).toBe(201);
    sessionId = created.body.id;
  });
  afterEach(() => t.close());

  const url = (rest = "") => `/api/sessions/${sessionId}${rest}`;
  const facilitator = () => team.members.facilitator.client;

  async function addPerspective(name: string, kind: string, required = true) {
    const response = await facilitator().post<Perspective>(url("/perspectives"), {
      name,
      kind,
      required,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function inviteOutsider(covers: string[] = [], extra: Record<string, unknown> = {}) {
    const response = await facilitator().post<SessionInvitation>(url("/invitations"), {
      name: "Kari Utenfor",
      email: "kari@pasientforeningen.example",
      covers,
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  describe("the preparation", () => {
    it("answers blanks before the first save, then what was saved, in UTC", async () => {
      const before = await facilitator().get<PreparationOverview>(url("/preparation"));
      expect(before.status).toBe(200);
      expect(before.body.preparation).toMatchObject({
        purpose: "",
        startsAt: null,
        updatedAt: null,
      });

      const saved = await facilitator().put(url("/preparation"), PREPARATION_BODY);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        purpose: "Fewer errors at handover",
        startsAt: "2026-12-03T12:00:00.000Z",
        durationMinutes: 90,
      });
      const again = await facilitator().put(url("/preparation"), {
        ...PREPARATION_BODY,
        place: "Teams",
      });
      expect(again.body).toMatchObject({ place: "Teams" });
    });

    it("refuses a meeting longer than a working day and an unknown field", async () => {
      const tooLong = await facilitator().put(url("/preparation"), {
        ...PREPARATION_BODY,
        durationMinutes: 13 * 60,
      });
      expectApiError(tooLong, 400, "validation_failed");
      const unknown = await facilitator().put(url("/preparation"), {
        ...PREPARATION_BODY,
        room: 4,
      });
      expectApiError(unknown, 400, "validation_failed");
    });

    it("is the facilitators': members are refused, outsiders learn nothing", async () => {
      expectApiError(await team.members.member.client.get(url("/preparation")), 403, "forbidden");
      const stranger = await insertPerson(t);
      expectApiError(await stranger.client.get(url("/preparation")), 404, "session_not_found");
      expectApiError(await new TestClient(t.app).get(url("/preparation")), 401, "unauthenticated");
    });
  });

  describe("perspectives, invitations and gaps", () => {
    it("shows a required perspective nobody brings as a gap, until someone who may come does", async () => {
      const management = await addPerspective("Head of ward", "management");
      const nurses = await addPerspective("Night nurses", "doing_the_work");
      await addPerspective("Pharmacist", "expert", false);

      const member = await facilitator().post<SessionInvitation>(url("/invitations"), {
        userId: team.members.member.userId,
        covers: [management.id],
      });
      expect(member.status).toBe(201);
      expect(member.body).toMatchObject({ userId: team.members.member.userId, status: "open" });

      let overview = (await facilitator().get<PreparationOverview>(url("/preparation"))).body;
      expect(overview.gaps).toEqual([nurses.id]);

      const outsider = await inviteOutsider([nurses.id]);
      overview = (await facilitator().get<PreparationOverview>(url("/preparation"))).body;
      expect(overview.gaps).toEqual([]);

      // The outsider says no: the perspective is a gap again, and the facilitator sees why.
      await new TestClient(t.app).post(`/api/invitations-to-sessions/${tokenOf(outsider)}/rsvp`, {
        answer: "no",
        note: "On holiday that week",
      });
      overview = (await facilitator().get<PreparationOverview>(url("/preparation"))).body;
      expect(overview.gaps).toEqual([nurses.id]);
      expect(overview.coverage.find((entry) => entry.perspectiveId === nurses.id)).toMatchObject({
        state: "declined",
        declinedBy: [outsider.id],
      });
      expect(overview.invitations.find((entry) => entry.id === outsider.id)).toMatchObject({
        rsvp: "no",
        note: "On holiday that week",
      });
    });

    it("changes what an invitee covers, and forgets a removed perspective", async () => {
      const nurses = await addPerspective("Night nurses", "doing_the_work");
      const invitation = await inviteOutsider();
      const patched = await facilitator().patch<SessionInvitation>(
        url(`/invitations/${invitation.id}`),
        { covers: [nurses.id] },
      );
      expect(patched.body.covers).toEqual([nurses.id]);
      expect((await facilitator().delete(url(`/perspectives/${nurses.id}`))).status).toBe(204);
      const overview = (await facilitator().get<PreparationOverview>(url("/preparation"))).body;
      expect(overview.invitations[0]?.covers).toEqual([]);
    });

    it("renames a perspective and makes it optional", async () => {
      const nurses = await addPerspective("Night nurses", "doing_the_work");
      const patched = await facilitator().patch(url(`/perspectives/${nurses.id}`), {
        name: "Nurses, all shifts",
        required: false,
      });
      expect(patched.body).toEqual({ ...nurses, name: "Nurses, all shifts", required: false });
      expectApiError(
        await facilitator().patch(url(`/perspectives/${nurses.id}`), {}),
        400,
        "validation_failed",
      );
      expectApiError(
        await facilitator().patch(url("/perspectives/nope"), { required: true }),
        404,
        "perspective_not_found",
      );
      expectApiError(
        await facilitator().delete(url("/perspectives/nope")),
        404,
        "perspective_not_found",
      );
    });

    it("refuses an unknown perspective, a non-member by account, a member twice, a past reply-by time", async () => {
      expectApiError(
        await facilitator().post(url("/invitations"), { name: "Kari", covers: ["nope"] }),
        400,
        "perspective_not_found",
      );
      const stranger = await insertPerson(t);
      expectApiError(
        await facilitator().post(url("/invitations"), { userId: stranger.userId }),
        400,
        "invitee_not_member",
      );
      const body = { userId: team.members.member.userId };
      expect((await facilitator().post(url("/invitations"), body)).status).toBe(201);
      expectApiError(await facilitator().post(url("/invitations"), body), 409, "already_invited");
      expectApiError(
        await facilitator().post(url("/invitations"), {
          name: "Kari",
          expiresAt: "2026-11-01T00:00:00.000Z",
        }),
        400,
        "validation_failed",
      );
      expectApiError(
        await facilitator().post(url("/invitations"), { name: "Kari", userId: body.userId }),
        400,
        "validation_failed",
      );
    });

    it("stores only a hash of the link's token", async () => {
      const invitation = await inviteOutsider();
      expect(invitation.link).toMatch(/^http:\/\/localhost:80\/invited\/[\w-]{43}$/);
      const row = await t.storage.db
        .selectFrom("session_invitations")
        .select("token_hash")
        .executeTakeFirstOrThrow();
      expect(row.token_hash).not.toBe(tokenOf(invitation));
      const listed = (await facilitator().get<PreparationOverview>(url("/preparation"))).body;
      expect(listed.invitations[0]?.link).toBeUndefined();
    });
  });

  describe("the invitee's link", () => {
    const linkUrl = (token: string, rest = "") => `/api/invitations-to-sessions/${token}${rest}`;

    it("shows purpose, question, agenda outline and ground rules without a login, and takes an answer", async () => {
      await facilitator().put(url("/preparation"), PREPARATION_BODY);
      const invitation = await inviteOutsider();
      const anonymous = new TestClient(t.app);
      const shown = await anonymous.get<InvitationToSession>(linkUrl(tokenOf(invitation)));
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        sessionTitle: SESSION_BODY.title,
        organisationName: "Sykehuset Innlandet",
        question: SESSION_BODY.question,
        purpose: PREPARATION_BODY.purpose,
        groundRules: SESSION_BODY.groundRules,
        agenda: [
          { title: "Facts round", phase: "share_facts", minutes: 15 },
          { title: "Consent round", phase: "decide", minutes: 20 },
        ],
        inviteeName: "Kari Utenfor",
        rsvp: null,
      });

      const answered = await anonymous.post<InvitationToSession>(
        linkUrl(tokenOf(invitation), "/rsvp"),
        {
          answer: "yes",
          note: "  I bring the incident numbers ",
        },
      );
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ rsvp: "yes", note: "I bring the incident numbers" });
      expectApiError(
        await anonymous.post(linkUrl(tokenOf(invitation), "/rsvp"), { answer: "perhaps" }),
        400,
        "validation_failed",
      );
    });

    it("gives the meeting as one RFC 5545 event with the link", async () => {
      const invitation = await inviteOutsider();
      const anonymous = new TestClient(t.app);
      expectApiError(
        await anonymous.get(linkUrl(tokenOf(invitation), "/calendar.ics")),
        409,
        "meeting_time_missing",
      );
      await facilitator().put(url("/preparation"), PREPARATION_BODY);
      const ics = await anonymous.get<string>(linkUrl(tokenOf(invitation), "/calendar.ics"));
      expect(ics.status).toBe(200);
      expect(String(ics.headers["content-type"])).toMatch(/^text\/calendar/);
      expect(String(ics.headers["content-disposition"])).toMatch(/^attachment/);
      const text = ics.body.replace(/\r\n[ \t]/g, "");
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(text).toContain("DTSTART:20261203T120000Z");
      expect(text).toContain("DTEND:20261203T133000Z");
      expect(text).toContain(`SUMMARY:${SESSION_BODY.title}`);
      expect(text).toContain(`UID:${invitation.id}@samspel`);
      expect(text).toContain(`URL;VALUE=URI:${invitation.link}`);
    });

    it("answers unknown, withdrawn and expired links with their own codes", async () => {
      const anonymous = new TestClient(t.app);
      expectApiError(await anonymous.get(linkUrl("x".repeat(43))), 404, "invitation_not_found");

      const withdrawn = await inviteOutsider();
      expect((await facilitator().delete(url(`/invitations/${withdrawn.id}`))).status).toBe(204);
      expectApiError(await anonymous.get(linkUrl(tokenOf(withdrawn))), 410, "invitation_revoked");

      const expiring = await inviteOutsider([], { expiresAt: "2026-11-24T09:00:00.000Z" });
      const answered = await inviteOutsider([], { expiresAt: "2026-11-24T09:00:00.000Z" });
      await anonymous.post(linkUrl(tokenOf(answered), "/rsvp"), { answer: "maybe" });
      t.clock.advanceDays(2);
      expectApiError(await anonymous.get(linkUrl(tokenOf(expiring))), 410, "invitation_expired");
      expectApiError(
        await anonymous.post(linkUrl(tokenOf(expiring), "/rsvp"), { answer: "yes" }),
        410,
        "invitation_expired",
      );
      // An answered invitation can still be read after its time, but the answer stands.
      expect((await anonymous.get(linkUrl(tokenOf(answered)))).status).toBe(200);
      expectApiError(
        await anonymous.post(linkUrl(tokenOf(answered), "/rsvp"), { answer: "no" }),
        410,
        "invitation_expired",
      );

      // A new link opens it again; the old one stops working.
      const renewed = await facilitator().post<SessionInvitation>(
        url(`/invitations/${expiring.id}/link`),
      );
      expect(renewed.body.status).toBe("open");
      expect((await anonymous.get(linkUrl(tokenOf(renewed.body)))).status).toBe(200);
      expectApiError(await anonymous.get(linkUrl(tokenOf(expiring))), 404, "invitation_not_found");
      expectApiError(
        await facilitator().post(url(`/invitations/${withdrawn.id}/link`)),
        410,
        "invitation_revoked",
      );
      expectApiError(
        await facilitator().delete(url("/invitations/nope")),
        404,
        "session_invitation_not_found",
      );
    });

    it("lets a member invited by account read and answer without the link", async () => {
      await facilitator().put(url("/preparation"), PREPARATION_BODY);
      const invited = await facilitator().post<SessionInvitation>(url("/invitations"), {
        userId: team.members.member.userId,
      });
      const mine = `/api/me/session-invitations/${invited.body.id}`;
      const member = team.members.member.client;
      expect((await member.get<InvitationToSession>(mine)).body.sessionTitle).toBe(
        SESSION_BODY.title,
      );
      const answered = await member.post<InvitationToSession>(`${mine}/rsvp`, { answer: "maybe" });
      expect(answered.body.rsvp).toBe("maybe");
      const ics = await member.get<string>(`${mine}/calendar.ics`);
      expect(ics.body.replace(/\r\n[ \t]/g, "")).toContain(
        `URL;VALUE=URI:http://localhost:80/invitations/${invited.body.id}`,
      );
      // Nobody else reads it this way, not even the facilitator who sent it.
      expectApiError(await facilitator().get(mine), 404, "session_invitation_not_found");
      expectApiError(await new TestClient(t.app).get(mine), 401, "unauthenticated");
      await facilitator().delete(url(`/invitations/${invited.body.id}`));
      expectApiError(await member.get(mine), 410, "invitation_revoked");
    });

    it("lists a member's invitations for them when logged in", async () => {
      await facilitator().put(url("/preparation"), PREPARATION_BODY);
      await facilitator().post(url("/invitations"), { userId: team.members.member.userId });
      const mine = await team.members.member.client.get<{ invitations: unknown[] }>(
        "/api/me/session-invitations",
      );
      expect(mine.body.invitations).toEqual([
        expect.objectContaining({
          sessionId,
          sessionTitle: SESSION_BODY.title,
          startsAt: "2026-12-03T12:00:00.000Z",
          rsvp: null,
          status: "open",
        }),
      ]);
      const others = await facilitator().get<{ invitations: unknown[] }>(
        "/api/me/session-invitations",
      );
      expect(others.body.invitations).toEqual([]);
    });
  });

  it("bounds the number of perspectives", async () => {
    await t.storage.db
      .insertInto("session_perspectives")
      .values(
        Array.from({ length: 50 }, (_, index) => ({
          id: `p${index}`,
          session_id: sessionId,
          name: `Perspective ${index}`,
          kind: "other" as const,
          importance: "optional" as const,
          created_at: "2026-11-23T09:00:00.000Z",
        })),
      )
      .execute();
    expectApiError(
      await facilitator().post(url("/perspectives"), { name: "One more", kind: "other" }),
      409,
      "preparation_limit_reached",
    );
  });
});
