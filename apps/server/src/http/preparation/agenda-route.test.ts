import { agendaFromTemplate, DEFAULT_GROUND_RULES, preparationFromDesign } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { readPdf } from "../../test-support/pdf.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("the agenda PDF on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "member">;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "member"], "Region Skåne");
  });
  afterEach(() => t.close());

  async function createSession(steps = agendaFromTemplate("decisions-by-design", "sv")) {
    const created = await team.members.facilitator.client.post<{ id: string }>(
      `/api/orgs/${team.organisationId}/sessions`,
      {
        title: "Vårdplatser i vinter",
        question: "Hur fördelar vi vårdplatserna när beläggningen är hög?",
        language: "sv",
        groundRules: DEFAULT_GROUND_RULES.sv,
        steps,
      },
    );
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it("prints the design for the facilitator: brief, time, rules, each step with its clock time", async () => {
    const sessionId = await createSession();
    const design = {
      purpose: "En rättvis fördelning",
      desiredOutcome: "En regel vi prövar",
      meetingMinutes: 90,
    };
    const saved = await team.members.facilitator.client.put(
      `/api/sessions/${sessionId}/preparation`,
      preparationFromDesign(design, "2026-12-03T08:00:00.000Z"),
    );
    expect(saved.status).toBe(200);

    const response = await team.members.facilitator.client.get<Buffer>(
      `/api/sessions/${sessionId}/agenda.pdf?tz=Europe/Stockholm`,
    );
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(String(response.headers["content-disposition"])).toMatch(/^attachment/);
    const text = (await readPdf(response.body)).text.join("\n");
    for (const expected of [
      "Vårdplatser i vinter",
      "Agenda för facilitatorn",
      "Hur fördelar vi vårdplatserna när beläggningen är hög?",
      "En rättvis fördelning",
      "En regel vi prövar",
      "90 min",
      "(Europe/Stockholm)",
      DEFAULT_GROUND_RULES.sv[0] ?? "",
      "1. Incheckningsrunda",
      // 08:00 UTC is 09:00 in Stockholm in December; check-in 10 and facts 15 minutes later
      // the silent reflection starts at 09:25.
      "09:00",
      "09:25",
      "8. Samtyckesrunda",
      "Facilitatorns anteckningar",
      "Totalt",
      "110 min",
      "Stegen tar 20 min längre än mötet.",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("prints a bare session without clock times", async () => {
    const sessionId = await createSession([
      { phase: "decide", methodName: "Beslut", timeboxSeconds: 600 },
    ]);
    const response = await team.admin.client.get<Buffer>(`/api/sessions/${sessionId}/agenda.pdf`);
    expect(response.status).toBe(200);
    const text = (await readPdf(response.body)).text.join("\n");
    expect(text).toContain("Ingen mötestid satt");
    expect(text).toContain("1. Beslut");
    expect(text).not.toContain("Börjar");
  });

  it("refuses a time zone that does not exist", async () => {
    const sessionId = await createSession();
    const error = expectApiError(
      await team.admin.client.get(`/api/sessions/${sessionId}/agenda.pdf?tz=Mars/Olympus`),
      400,
      "validation_failed",
    );
    expect(issuePaths(error)).toContainEqual(["tz"]);
  });

  it("is for those who run the session's organisation's sessions", async () => {
    const sessionId = await createSession();
    const url = `/api/sessions/${sessionId}/agenda.pdf`;
    expectApiError(await team.members.member.client.get(url), 403, "forbidden");
    const elsewhere = await buildTeam(t, [], "Annan region");
    expectApiError(await elsewhere.admin.client.get(url), 404, "session_not_found");
  });
});
