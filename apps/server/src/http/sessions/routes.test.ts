import type { SessionSummary } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam } from "../../test-support/factories.js";
import { useSessionTestbed } from "../../test-support/session-driver.js";

describe.each(backends)("one session's summary on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  it("answers the organisation's members with the join code, and no one else", async () => {
    const session = await bed.start({ title: "Byggesak", question: "", language: "nb" });
    const url = `/api/sessions/${session.sessionId}`;

    for (const person of [bed.team.admin, bed.team.members.member]) {
      const answer = await person.client.get<SessionSummary>(url);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body).toMatchObject({
        id: session.sessionId,
        title: "Byggesak",
        joinCode: session.joinCode,
      });
    }

    // An outsider cannot tell a session of another organisation from one that does not exist.
    const outsider = await buildTeam(bed.t, [], "Annen kommune");
    expectApiError(await outsider.admin.client.get(url), 404, "session_not_found");
    expectApiError(
      await bed.team.admin.client.get("/api/sessions/no-such-session"),
      404,
      "session_not_found",
    );
    expectApiError(await new TestClient(bed.t.app).get(url), 401, "unauthenticated");
  });
});
