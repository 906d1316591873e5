import { type GroupSuggestions, getById } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { type SessionDriver, useSessionTestbed } from "../../test-support/session-driver.js";
import { MAX_SUGGESTED_REFLECTIONS, tooManyToSuggest } from "./routes.js";

/** Two themes in Norwegian, a loner, and one that will be withdrawn. */
const REFLECTIONS = [
  "Møtene har ingen agenda",
  "Saksbehandlingen tar tid for søkerne",
  "Vi trenger kortere møter med tydelig agenda",
  "Søkerne venter på saksbehandlingen",
  "Kantina burde ha bedre kaffe",
  "Møtene uten agenda stjeler tiden vår",
];

describe.each(backends)("group suggestions on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  /** The four-step method up to discover, the reflections revealed. */
  async function discovering(s: SessionDriver) {
    const [, reflectStep, discoverStep] = (await s.view()).stepOrder;
    await s.must("session.open", {});
    const [anne, bo] = await s.joinAll(["Anne", "Bo"]);
    if (!anne || !bo) throw new Error("two joined");
    await s.must("session.start", {});
    await s.must("step.start", { stepId: reflectStep });
    const ids: string[] = [];
    for (const [i, text] of REFLECTIONS.entries()) {
      const added = await s.sendMust(i % 2 ? bo : anne, "contribution.add", {
        kind: "reflection",
        text,
      });
      ids.push(String(added.contributionId));
    }
    await s.sendMust(bo, "contribution.withdraw", { contributionId: ids[5] });
    await s.must("step.reveal", { stepId: reflectStep });
    await s.must("step.start", { stepId: discoverStep });
    return { ids, discoverStep: String(discoverStep), reflectStep: String(reflectStep) };
  }

  const suggestionsUrl = (s: SessionDriver, stepId: string) =>
    `/api/sessions/${s.sessionId}/steps/${stepId}/group-suggestions`;

  it("suggests groups of the visible reflections, and accepting one is the group commands", async () => {
    const s = await bed.start({ title: "Hverdagen", question: "Hva tar tid?", language: "nb" });
    const { ids, discoverStep } = await discovering(s);
    const response = await s.facilitator.get<GroupSuggestions>(suggestionsUrl(s, discoverStep));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { groups, ungrouped, language } = response.body;
    expect(language).toBe("nb");
    expect(groups.map((g) => [...g.contributionIds].sort())).toEqual(
      [
        [ids[0], ids[2]],
        [ids[1], ids[3]],
      ].map((g) => g.sort()),
    );
    // The withdrawn one is not offered; the loner is left for the facilitator.
    expect(ungrouped).toEqual([ids[4]]);
    expect(groups[0]?.name).toMatch(/møte|agenda/i);

    // Accepting: one group.create with the (edited) name and the reflections in it.
    const first = groups[0];
    if (!first) throw new Error("a first group");
    const created = await s.must("group.create", {
      name: "Møtekultur",
      contributionIds: first.contributionIds,
    });
    const state = await s.view();
    expect(state.groups[String(created.groupId)]?.contributionIds).toEqual(first.contributionIds);
    // What is grouped is no longer suggested.
    const again = await s.facilitator.get<GroupSuggestions>(suggestionsUrl(s, discoverStep));
    expect(again.body.groups.flatMap((g) => g.contributionIds)).not.toContain(
      first.contributionIds[0],
    );
    expect(getById(state.contributions, ids[0] ?? "")?.groupId).toBe(created.groupId);
  });

  it("answers 404 for an unknown step or session, 409 for a step that does not group, 403 to a member", async () => {
    const s = await bed.start({ title: "Hverdagen", question: "Hva tar tid?", language: "nb" });
    const { reflectStep } = await discovering(s);
    expectApiError(
      await s.facilitator.get(suggestionsUrl(s, crypto.randomUUID())),
      404,
      "step_not_found",
    );
    expectApiError(
      await s.facilitator.get(
        `/api/sessions/${crypto.randomUUID()}/steps/${reflectStep}/group-suggestions`,
      ),
      404,
      "session_not_found",
    );
    expectApiError(
      await s.facilitator.get(suggestionsUrl(s, reflectStep)),
      409,
      "step_not_grouping",
    );
    const member = await bed.team.members.member.client.get(suggestionsUrl(s, reflectStep));
    expect(member.status).toBe(403);
  });
});

describe("the bound on suggestions", () => {
  // A thousand reflections written through commands would take this test minutes; the bound is
  // checked where the route calls it.
  it("refuses more reflections than it computes for with 422 too_many_to_suggest", () => {
    expect(() => tooManyToSuggest(MAX_SUGGESTED_REFLECTIONS)).not.toThrow();
    expect(() => tooManyToSuggest(MAX_SUGGESTED_REFLECTIONS + 1)).toThrow(
      expect.objectContaining({ status: 422, code: "too_many_to_suggest" }),
    );
  });
});
