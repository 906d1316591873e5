import type { MethodList, MethodView, OrganisationMethod } from "@samspel/core";
import { beforeEach, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

/** A method as a facilitator in a Norwegian municipality might write it. */
function buildMethodBody(overrides: Record<string, unknown> = {}) {
  return {
    language: "nb",
    category: "opening",
    phases: ["other"],
    groupSize: { min: 3, max: 12 },
    minutes: { min: 5, max: 10 },
    live: {
      settings: {
        contributionKinds: ["comment"],
        silent: false,
        dotVoteBudget: 0,
        reactions: true,
        grouping: "off",
      },
      round: "speaking",
      timeboxSeconds: 600,
    },
    name: "Kaffekoppen",
    purpose: "Alle forteller hva som står på kaffekoppen deres i dag.",
    whenToUse: "Når teamet møtes mandag morgen.",
    steps: ["Alle ser på koppen sin.", "Runde: fortell hva som står på den."],
    question: "Hva står det på koppen din?",
    goodQuestions: ["Hold det lett."],
    materials: ["Kaffekopper"],
    pitfalls: ["Noen har te."],
    ...overrides,
  };
}

describe.each(backends)("method library on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"facilitator" | "leader" | "member">;
  let anonymous: TestClient;
  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["facilitator", "leader", "member"]);
    anonymous = new TestClient(t.app);
    return () => t.close();
  });

  const ownUrl = () => `/api/orgs/${team.organisationId}/methods`;

  async function create(body = buildMethodBody(), client = team.members.facilitator.client) {
    const response = await client.post<OrganisationMethod>(ownUrl(), body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  describe("the public library", () => {
    it("lists every built-in method without login, in the language asked for", async () => {
      for (const lang of ["en", "nb", "sv", "nl"] as const) {
        const response = await anonymous.get<MethodList>(`/api/methods?lang=${lang}`);
        expect(response.status).toBe(200);
        expect(response.body.language).toBe(lang);
        expect(response.body.methods.length).toBeGreaterThanOrEqual(40);
        const [first] = response.body.methods;
        expect(first).toMatchObject({
          id: expect.any(String),
          name: expect.any(String),
          purpose: expect.any(String),
          steps: expect.any(Array),
          source: "builtin",
          language: lang,
        });
      }
    });

    it("searches and filters", async () => {
      const found = await anonymous.get<MethodList>("/api/methods?lang=sv&q=samtycke");
      expect(found.body.methods[0]).toMatchObject({ id: "consent-round", name: "Samtyckesrunda" });
      const filtered = await anonymous.get<MethodList>(
        "/api/methods?lang=en&phase=decide&size=10&minutes=10",
      );
      expect(filtered.body.methods.length).toBeGreaterThan(0);
      for (const method of filtered.body.methods) {
        expect(method.phases).toContain("decide");
        expect(method.groupSize.min).toBeLessThanOrEqual(10);
        expect(method.minutes.min).toBeLessThanOrEqual(10);
      }
    });

    it("follows the browser's language when none is asked for", async () => {
      const response = await anonymous.get<MethodList>("/api/methods", {
        headers: { "accept-language": "nl-BE,nl;q=0.9" },
      });
      expect(response.body.language).toBe("nl");
      expect((await anonymous.get<MethodList>("/api/methods")).body.language).toBe("en");
    });

    it("reads one method, and answers 404 for an unknown one", async () => {
      const one = await anonymous.get<MethodView>("/api/methods/consent-round?lang=nb");
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ name: "Samtykkerunde", live: { round: "consent" } });
      expectApiError(await anonymous.get("/api/methods/no-such-method"), 404, "method_not_found");
    });

    it("refuses a language it is not written in, and bad filters, with field paths", async () => {
      const language = expectApiError(
        await anonymous.get("/api/methods?lang=de"),
        400,
        "unsupported_language",
      );
      expect(language.details).toMatchObject({ path: ["lang"] });
      expectApiError(
        await anonymous.get("/api/methods/consent-round?lang=fr"),
        400,
        "unsupported_language",
      );
      const filters = expectApiError(
        await anonymous.get("/api/methods?phase=dance&size=0&minutes=abc&colour=red"),
        400,
        "validation_failed",
      );
      expect(issuePaths(filters)).toEqual(expect.arrayContaining([["phase"]]));
    });

    it("never shows an organisation's own methods", async () => {
      await create();
      const list = await anonymous.get<MethodList>("/api/methods?lang=nb&q=kaffekoppen");
      expect(list.body.methods).toEqual([]);
    });
  });

  describe("an organisation's own methods", () => {
    it("a facilitator adds one; members read it, and find it beside the built-in library", async () => {
      const method = await create();
      expect(method).toMatchObject({
        source: "organisation",
        language: "nb",
        name: "Kaffekoppen",
        organisationId: team.organisationId,
        createdBy: team.members.facilitator.userId,
      });
      const member = team.members.member.client;
      const list = await member.get<{ methods: OrganisationMethod[] }>(ownUrl());
      expect(list.body.methods).toEqual([method]);
      expect((await member.get(`${ownUrl()}/${method.id}`)).body).toEqual(method);

      const library = await member.get<MethodList>(`${ownUrl()}/library?lang=sv`);
      expect(library.body.methods[0]).toMatchObject({ id: method.id, source: "organisation" });
      expect(library.body.methods.filter((m) => m.source === "builtin")[0]?.language).toBe("sv");
      const searched = await member.get<MethodList>(`${ownUrl()}/library?lang=en&q=kaffe`);
      expect(searched.body.methods.map((m) => m.id)).toEqual([method.id]);
    });

    it("an admin edits and deletes; each field is replaced whole", async () => {
      const method = await create();
      const edited = await team.admin.client.patch<OrganisationMethod>(`${ownUrl()}/${method.id}`, {
        name: "Tekoppen",
        steps: ["Én runde."],
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        name: "Tekoppen",
        steps: ["Én runde."],
        purpose: method.purpose,
      });
      const removed = await team.admin.client.delete(`${ownUrl()}/${method.id}`);
      expect(removed.status).toBe(204);
      expectApiError(
        await team.admin.client.get(`${ownUrl()}/${method.id}`),
        404,
        "method_not_found",
      );
    });

    it("leaves writing to admins and facilitators", async () => {
      for (const role of ["leader", "member"] as const) {
        expectApiError(
          await team.members[role].client.post(ownUrl(), buildMethodBody()),
          403,
          "forbidden",
        );
      }
      const method = await create();
      expectApiError(
        await team.members.member.client.patch(`${ownUrl()}/${method.id}`, { name: "X" }),
        403,
        "forbidden",
      );
      expectApiError(
        await team.members.leader.client.delete(`${ownUrl()}/${method.id}`),
        403,
        "forbidden",
      );
    });

    it("keeps them from outsiders and other organisations", async () => {
      const method = await create();
      const outsider = await insertPerson(t);
      expectApiError(await outsider.client.get(ownUrl()), 403, "not_a_member");
      expectApiError(await outsider.client.get(`${ownUrl()}/library`), 403, "not_a_member");
      expectApiError(await outsider.client.get(`${ownUrl()}/${method.id}`), 403, "not_a_member");
      expectApiError(await anonymous.get(ownUrl()), 401, "unauthenticated");

      const other = await buildTeam(t, [], "Nabokommune");
      const theirs = `/api/orgs/${other.organisationId}/methods`;
      expectApiError(
        await other.admin.client.get(`${theirs}/${method.id}`),
        404,
        "method_not_found",
      );
      expectApiError(
        await other.admin.client.patch(`${theirs}/${method.id}`, { name: "Stolen" }),
        404,
        "method_not_found",
      );
      expectApiError(
        await other.admin.client.delete(`${theirs}/${method.id}`),
        404,
        "method_not_found",
      );
      const library = await other.admin.client.get<MethodList>(`${theirs}/library?q=kaffekoppen`);
      expect(library.body.methods).toEqual([]);
    });

    it("validates every field with its path", async () => {
      const error = expectApiError(
        await team.admin.client.post(
          ownUrl(),
          buildMethodBody({
            language: "de",
            name: " ",
            steps: [],
            groupSize: { min: 10, max: 3 },
            live: { settings: { silent: "yes" }, round: "dance", timeboxSeconds: 0 },
            colour: "red",
          }),
        ),
        400,
        "validation_failed",
      );
      expect(issuePaths(error)).toEqual(
        expect.arrayContaining([["language"], ["name"], ["steps"], ["colour"]]),
      );
      const patch = expectApiError(
        await team.admin.client.patch(`${ownUrl()}/${(await create()).id}`, {
          minutes: { min: 30, max: 5 },
        }),
        400,
        "validation_failed",
      );
      expect(issuePaths(patch)).toEqual([["minutes", "max"]]);
    });
  });
});
