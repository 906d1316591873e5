import {
  type AgendaTemplate,
  agendaFromTemplate,
  DEFAULT_GROUND_RULES,
  MAX_ORGANISATION_TEMPLATES,
  MAX_STEPS,
} from "@samspel/core";
import { beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

/** A retrospective as a Swedish team's facilitator would keep it. */
function buildTemplateBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "Vår retro",
    design: {
      language: "sv",
      purpose: "Lära av kvartalet",
      question: "Vad tar vi med oss?",
      desiredOutcome: "",
      groundRules: DEFAULT_GROUND_RULES.sv,
      meetingMinutes: 90,
      steps: agendaFromTemplate("retrospective", "sv"),
    },
    ...overrides,
  };
}

describe.each(backends)("agenda templates on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "member">;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "member"]);
    return () => t.close();
  });

  const url = (templateId?: string) =>
    `/api/orgs/${team.organisationId}/agenda-templates${templateId ? `/${templateId}` : ""}`;

  async function save(body: Record<string, unknown> = buildTemplateBody()) {
    const response = await team.members.facilitator.client.post<AgendaTemplate>(url(), body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  it("saves a design as a named template that facilitators list, use, rename and delete", async () => {
    const saved = await save();
    expect(saved).toMatchObject({
      name: "Vår retro",
      organisationId: team.organisationId,
      createdBy: team.members.facilitator.userId,
      design: { language: "sv", meetingMinutes: 90, purpose: "Lära av kvartalet" },
    });
    expect(saved.design.steps).toEqual(agendaFromTemplate("retrospective", "sv"));

    const admin = team.admin.client;
    const listed = await admin.get<{ templates: AgendaTemplate[] }>(url());
    expect(listed.body.templates.map((template) => template.name)).toEqual(["Vår retro"]);
    expect((await admin.get<AgendaTemplate>(url(saved.id))).body.design).toEqual(saved.design);

    const renamed = await admin.patch<AgendaTemplate>(url(saved.id), { name: "Kvartalsretro" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Kvartalsretro", design: saved.design });

    expect((await admin.delete(url(saved.id))).status).toBe(204);
    expectApiError(await admin.get(url(saved.id)), 404, "agenda_template_not_found");
    expect((await admin.get<{ templates: unknown[] }>(url())).body.templates).toEqual([]);
  });

  it("refuses an empty agenda, a timebox of zero and too many steps with their own codes", async () => {
    const client = team.members.facilitator.client;
    const design = buildTemplateBody().design;
    const [first, second] = design.steps;
    expectApiError(
      await client.post(url(), buildTemplateBody({ design: { ...design, steps: [] } })),
      400,
      "agenda_empty",
    );
    const zero = expectApiError(
      await client.post(
        url(),
        buildTemplateBody({
          design: { ...design, steps: [first, { ...second, timeboxSeconds: 0 }] },
        }),
      ),
      400,
      "timebox_zero",
    );
    expect(zero.details).toEqual({ path: ["design", "steps", 1, "timeboxSeconds"] });
    const tooMany = Array.from({ length: MAX_STEPS + 1 }, () => first);
    const long = expectApiError(
      await client.post(url(), buildTemplateBody({ design: { ...design, steps: tooMany } })),
      400,
      "agenda_too_long",
    );
    expect(long.details).toEqual({ limit: MAX_STEPS });
    const bad = expectApiError(
      await client.post(url(), buildTemplateBody({ name: "  " })),
      400,
      "validation_failed",
    );
    expect(issuePaths(bad)).toContainEqual(["name"]);
  });

  it("keeps names apart within an organisation, as people read them", async () => {
    const first = await save();
    const client = team.members.facilitator.client;
    expectApiError(
      await client.post(url(), buildTemplateBody({ name: "  vår   RETRO " })),
      409,
      "agenda_template_name_taken",
    );
    const other = await save(buildTemplateBody({ name: "Strategidag" }));
    expectApiError(
      await client.patch(url(other.id), { name: "Vår retro" }),
      409,
      "agenda_template_name_taken",
    );
    // Renaming a template to its own name, differently written, is fine.
    expect((await client.patch(url(first.id), { name: "VÅR RETRO" })).status).toBe(200);
  });

  it("keeps at most a hundred templates per organisation", async () => {
    const now = t.clock.now().toISOString();
    const design = JSON.stringify(buildTemplateBody().design);
    await t.storage.db
      .insertInto("agenda_templates")
      .values(
        Array.from({ length: MAX_ORGANISATION_TEMPLATES }, (_, index) => ({
          id: `template-${index}`,
          organisation_id: team.organisationId,
          created_by: null,
          name: `Mall ${index}`,
          name_key: `mall ${index}`,
          design,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const full = expectApiError(
      await team.members.facilitator.client.post(url(), buildTemplateBody()),
      409,
      "agenda_template_limit_reached",
    );
    expect(full.details).toEqual({ limit: MAX_ORGANISATION_TEMPLATES });
  });

  it("is for those who run sessions, within their own organisation", async () => {
    const saved = await save();
    const member = team.members.member.client;
    expectApiError(await member.get(url()), 403, "forbidden");
    expectApiError(await member.post(url(), buildTemplateBody()), 403, "forbidden");
    expectApiError(await member.delete(url(saved.id)), 403, "forbidden");

    const elsewhere = await buildTeam(t, [], "Annan kommun");
    expectApiError(await elsewhere.admin.client.get(url()), 403, "not_a_member");
    const foreign = `/api/orgs/${elsewhere.organisationId}/agenda-templates/${saved.id}`;
    expectApiError(await elsewhere.admin.client.get(foreign), 404, "agenda_template_not_found");
    expectApiError(
      await elsewhere.admin.client.patch(foreign, { name: "Min" }),
      404,
      "agenda_template_not_found",
    );
  });
});
