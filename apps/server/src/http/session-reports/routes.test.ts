import type { SessionReport } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam } from "../../test-support/factories.js";
import { readPdf } from "../../test-support/pdf.js";
import {
  type LiveParticipant,
  type SessionDriver,
  useSessionTestbed,
} from "../../test-support/session-driver.js";

describe.each(backends)("after a session on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  /** A session decided by consent with three participants, then closed. */
  async function decidedAndClosed(): Promise<[SessionDriver, LiveParticipant[]]> {
    const session = await bed.start({
      title: "Kortere byggesaker",
      question: "Hvordan halverer vi ledetiden?",
      language: "nb",
    });
    const { proposalId, participants } = await session.consentedProposal(["Anne", "Bo", "Cato"]);
    await session.must("proposal.decide", { proposalId, rationale: "Ingen innvendinger" });
    await session.must("session.close", {});
    return [session, participants];
  }

  const feedback = (s: SessionDriver, participant: LiveParticipant | undefined, body: unknown) =>
    new TestClient(bed.t.app).post(`/api/sessions/${s.sessionId}/feedback`, body, {
      headers: participant ? { "x-participant-token": participant.token } : {},
    });

  it("takes each participant's feedback once, anonymously, and summarises it", async () => {
    const [s, [anne, bo, cato]] = await decidedAndClosed();
    expect(
      (await feedback(s, anne, { heard: 5, safe: 4, clear: 5, comment: "Godt ledet" })).status,
    ).toBe(201);
    expect((await feedback(s, bo, { heard: 3, safe: 2 })).status).toBe(201);
    expect((await feedback(s, cato, {})).status).toBe(201);
    expectApiError(await feedback(s, anne, { heard: 1 }), 409, "feedback_already_given");
    expectApiError(await feedback(s, undefined, { heard: 1 }), 401, "invalid_participant_token");
    const out = await feedback(s, bo, { heard: 6, mood: "fine" });
    expect(issuePaths(expectApiError(out, 400, "validation_failed"))).toEqual(
      expect.arrayContaining([["heard"], ["mood"]]),
    );

    const report = await bed.team.admin.client.get<SessionReport>(
      `/api/sessions/${s.sessionId}/report`,
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.feedback).toEqual({
      responses: 3,
      questions: {
        heard: { answered: 2, mean: 4, counts: [0, 0, 1, 0, 1] },
        safe: { answered: 2, mean: 3, counts: [0, 1, 0, 1, 0] },
        clear: { answered: 1, mean: 5, counts: [0, 0, 0, 0, 1] },
      },
      comments: ["Godt ledet"],
    });
    const stored = await bed.t.storage.db.selectFrom("session_feedback").selectAll().execute();
    const ids = [anne, bo, cato].map((p) => p?.participantId ?? "");
    for (const row of stored) {
      for (const id of ids) expect(JSON.stringify(row)).not.toContain(id);
    }
  });

  it("reports the question, the decision and participation; figures per person for facilitators only", async () => {
    const [s] = await decidedAndClosed();
    const report = await bed.team.admin.client.get<SessionReport>(
      `/api/sessions/${s.sessionId}/report`,
    );
    expect(report.body).toMatchObject({
      session: { title: "Kortere byggesaker", language: "nb", status: "closed" },
      decisions: [{ outcome: "decided", text: "Ett team per byggesak" }],
      participation: { participants: 3, gini: { contributions: 0 } },
      reflection: null,
      mayReflect: true,
    });
    const decide = report.body.participation.steps.at(-1);
    expect(decide).toMatchObject({ phase: "decide", contributors: 3, share: 1 });
    expect(report.body.participation.perParticipant.map((p) => p.displayName)).toEqual([
      "Anne",
      "Bo",
      "Cato",
    ]);
    const asMember = await bed.team.members.member.client.get<SessionReport>(
      `/api/sessions/${s.sessionId}/report`,
    );
    expect(asMember.status).toBe(200);
    expect(asMember.body.participation.perParticipant).toEqual([]);
    expect(asMember.body.mayReflect).toBe(false);
    const outsider = await buildTeam(bed.t, [], "Annen kommune");
    expectApiError(
      await outsider.admin.client.get(`/api/sessions/${s.sessionId}/report`),
      403,
      "not_a_member",
    );
  });

  it("saves the facilitator's reflection, latest wording first, and only facilitators may", async () => {
    const [s] = await decidedAndClosed();
    const url = `/api/sessions/${s.sessionId}/reflection`;
    const body = {
      whatWeDid: "Fire steg og en samtykkerunde",
      howWeDidIt: "Stille skriving først",
      effect: "Vi venter kortere ledetid",
    };
    expect((await bed.team.admin.client.put(url, body)).status).toBe(200);
    const again = await bed.team.admin.client.put(url, { ...body, effect: "Ledetiden falt" });
    expect(again.body).toMatchObject({ effect: "Ledetiden falt", updatedBy: expect.any(String) });
    expectApiError(await bed.team.members.member.client.put(url, body), 403, "forbidden");
    expectApiError(
      await bed.team.admin.client.put(url, { whatWeDid: "x" }),
      400,
      "validation_failed",
    );
    const report = await bed.team.admin.client.get<SessionReport>(
      `/api/sessions/${s.sessionId}/report`,
    );
    expect(report.body.reflection).toMatchObject({ effect: "Ledetiden falt" });
  });

  it("opens feedback only once the session has started", async () => {
    const session = await bed.start({
      title: "Senere",
      language: "en",
    });
    await session.must("session.open", {});
    const [early] = await session.joinAll(["Dag"]);
    expectApiError(await feedback(session, early, { heard: 4 }), 409, "session_not_open");
  });

  it("prints the report as a PDF in the session's language, per-person figures to facilitators only", async () => {
    const [s, [anne]] = await decidedAndClosed();
    await feedback(s, anne, { heard: 5, comment: "Godt ledet, også for Ærlige Øystein" });
    await bed.team.admin.client.put(`/api/sessions/${s.sessionId}/reflection`, {
      whatWeDid: "Fire steg og en samtykkerunde",
      howWeDidIt: "Stille skriving først",
      effect: "Vi venter kortere ledetid",
    });
    const url = `/api/sessions/${s.sessionId}/report.pdf`;
    const asFacilitator = await bed.team.admin.client.get<Buffer>(url);
    expect(asFacilitator.status).toBe(200);
    expect(asFacilitator.headers["content-type"]).toBe("application/pdf");
    const printed = await readPdf(asFacilitator.body);
    const text = printed.text.join("\n");
    for (const expected of [
      "Kortere byggesaker",
      "Hvordan halverer vi ledetiden?",
      "Besluttet: Ett team per byggesak",
      "3 deltakere",
      "Per person, i den rekkefølgen de kom inn",
      "Anne",
      "1 deltaker ga tilbakemelding",
      "Snitt 5,0 av 5 (1 svarte)",
      "Godt ledet, også for Ærlige Øystein",
      "Stille skriving først",
      `Side 1 av ${printed.pages}`,
    ]) {
      expect(text).toContain(expected);
    }

    const asMember = await bed.team.members.member.client.get<Buffer>(url);
    const memberText = (await readPdf(asMember.body)).text.join("\n");
    expect(memberText).toContain("Deltakelse");
    expect(memberText).not.toContain("Per person");
    expect(memberText).not.toContain("Anne");

    const outsider = await buildTeam(bed.t, [], "Annen kommune");
    expectApiError(await outsider.admin.client.get(url), 403, "not_a_member");
    expectApiError(await new TestClient(bed.t.app).get(url), 401, "unauthenticated");
  });

  it("prints the report of a session not yet started, saying so", async () => {
    const session = await bed.start({ title: "Neste uke", language: "nb" });
    const response = await bed.team.admin.client.get<Buffer>(
      `/api/sessions/${session.sessionId}/report.pdf`,
    );
    expect(response.status).toBe(200);
    const text = (await readPdf(response.body)).text.join("\n");
    expect(text).toContain("Rapport fra samlingen · Ikke startet");
    expect(text).toContain("Denne samlingen tok ingen beslutning.");
  });
});
