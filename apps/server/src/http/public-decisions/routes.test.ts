import type { DecisionResponse, PublicDecision, PublicLink } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import {
  decideAfterObjection,
  STORY_OBJECTION,
  STORY_TITLE,
} from "../../test-support/decision-story.js";
import { buildTeam } from "../../test-support/factories.js";
import { readPdf } from "../../test-support/pdf.js";
import { useSessionTestbed } from "../../test-support/session-driver.js";

describe.each(backends)("public decision links on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  const linkUrl = (decisionId: string) => `/api/decisions/${decisionId}/public-link`;
  const turn = (decisionId: string, enabled: boolean, client = bed.team.admin.client) =>
    client.put<PublicLink>(linkUrl(decisionId), { enabled });

  it("lets a manager share a decision without names, and turn the link off for good", async () => {
    const { decisionId } = await decideAfterObjection(bed);
    const member = bed.team.members.member.client;
    expect((await member.get<PublicLink>(linkUrl(decisionId))).body).toEqual({
      token: null,
      enabledAt: null,
    });

    const on = await turn(decisionId, true);
    expect(on.status).toBe(200);
    const token = on.body.token ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    // Turning it on again keeps the link already shared; members see it too.
    expect((await turn(decisionId, true)).body.token).toBe(token);
    expect((await member.get<PublicLink>(linkUrl(decisionId))).body.token).toBe(token);

    const outsider = new TestClient(bed.t.app);
    const seen = await outsider.get<PublicDecision>(`/api/public/decisions/${token}`);
    expect(seen.status).toBe(200);
    expect(seen.headers["cache-control"]).toBe("no-store");
    expect(seen.body.record).toMatchObject({
      decisionId,
      title: STORY_TITLE,
      anonymity: "anonymous",
      facilitators: [],
      objections: [{ participant: null, reason: STORY_OBJECTION }],
    });
    expect(seen.body.lifecycle.status).toBe("in_effect");
    const full = await member.get<DecisionResponse>(`/api/decisions/${decisionId}`);
    const names = [
      "Åse",
      "Bjørn",
      ...full.body.record.facilitators.map((facilitator) => facilitator.displayName),
    ];
    for (const name of names) expect(JSON.stringify(seen.body)).not.toContain(name);

    const pdf = await outsider.get<Buffer>(`/api/public/decisions/${token}/export.pdf`);
    expect(pdf.status).toBe(200);
    const text = (await readPdf(pdf.body)).text.join("\n");
    expect(text).toContain(STORY_TITLE);
    expect(text).toContain(STORY_OBJECTION);
    for (const name of names) expect(text).not.toContain(name);

    expect((await turn(decisionId, false)).body).toEqual({ token: null, enabledAt: null });
    expectApiError(
      await outsider.get(`/api/public/decisions/${token}`),
      404,
      "public_link_not_found",
    );
    expectApiError(
      await outsider.get(`/api/public/decisions/${token}/export.pdf`),
      404,
      "public_link_not_found",
    );
    // On again: a new token; the old link stays dead.
    const again = (await turn(decisionId, true)).body.token;
    expect(again).not.toBe(token);
    expect((await outsider.get(`/api/public/decisions/${again}`)).status).toBe(200);
    expectApiError(
      await outsider.get(`/api/public/decisions/${token}`),
      404,
      "public_link_not_found",
    );
  });

  it("answers every token that opens nothing alike", async () => {
    const { decisionId } = await decideAfterObjection(bed);
    const token = (await turn(decisionId, true)).body.token ?? "";
    const outsider = new TestClient(bed.t.app);
    const wrongVerifier = `${token.slice(0, 16)}${"A".repeat(32)}`;
    for (const guess of [wrongVerifier, "A".repeat(48), "short", "a".repeat(100), "%E2%9C%93"]) {
      expectApiError(
        await outsider.get(`/api/public/decisions/${guess}`),
        404,
        "public_link_not_found",
      );
    }
  });

  it("lets only the decision's own managers turn the link on or off", async () => {
    const { decisionId } = await decideAfterObjection(bed);
    expectApiError(await turn(decisionId, true, bed.team.members.member.client), 403, "forbidden");
    const other = await buildTeam(bed.t, [], "Annen kommune");
    expectApiError(await turn(decisionId, true, other.admin.client), 404, "decision_not_found");
    expectApiError(await other.admin.client.get(linkUrl(decisionId)), 404, "decision_not_found");
    expectApiError(
      await bed.team.admin.client.put(linkUrl(decisionId), { enabled: "yes" }),
      400,
      "validation_failed",
    );
    expectApiError(
      await new TestClient(bed.t.app).get(linkUrl(decisionId)),
      401,
      "unauthenticated",
    );
    expect((await bed.team.admin.client.get<PublicLink>(linkUrl(decisionId))).body.token).toBe(
      null,
    );
  });
});
