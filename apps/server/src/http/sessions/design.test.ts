import {
  agendaFromTemplate,
  DEFAULT_GROUND_RULES,
  findBuiltInMethod,
  type StepDefinition,
  sessionCreateFromDesign,
} from "@samspel/core";
import { beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

interface View {
  state: {
    groundRules: string[];
    stepOrder: string[];
    steps: Record<string, StepDefinition>;
  };
}

describe.each(backends)("starting a live session from a design on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator">;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator"]);
    return () => t.close();
  });

  it("creates the design's steps, each configured by its method, with its ground rules", async () => {
    const design = {
      title: "Retrospektiv høst",
      language: "sv" as const,
      purpose: "Lära av hösten",
      question: "Vad tar vi med oss?",
      desiredOutcome: "Två förändringar",
      groundRules: DEFAULT_GROUND_RULES.sv,
      meetingMinutes: 90,
      steps: agendaFromTemplate("retrospective", "sv"),
    };
    const client = team.members.facilitator.client;
    const created = await client.post<{ id: string }>(
      `/api/orgs/${team.organisationId}/sessions`,
      sessionCreateFromDesign(design),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const view = await client.get<View>(`/api/sessions/${created.body.id}/view`);
    const steps = view.body.state.stepOrder.map((id) => view.body.state.steps[id]);
    expect(steps.map((step) => step?.methodId)).toEqual(design.steps.map((step) => step.methodId));
    const dots = steps.find((step) => step?.methodId === "dot-voting");
    expect(dots?.settings).toEqual(findBuiltInMethod("dot-voting")?.live.settings);
    expect(dots).toMatchObject({ phase: "discover", timeboxSeconds: 480 });
    expect(steps[0]?.notes).toMatch(/^Syfte: Lära av hösten\nÖnskat resultat: Två förändringar/);
    expect(view.body.state.groundRules).toEqual(DEFAULT_GROUND_RULES.sv);
  });

  it("refuses a step its method could not have made", async () => {
    const [first] = agendaFromTemplate("retrospective", "en");
    const refused = await team.members.facilitator.client.post(
      `/api/orgs/${team.organisationId}/sessions`,
      {
        title: "Broken",
        language: "en",
        steps: [{ ...first, settings: { ...first?.settings, dotVoteBudget: 99 } }],
      },
    );
    expectApiError(refused, 400, "validation_failed");
  });
});
