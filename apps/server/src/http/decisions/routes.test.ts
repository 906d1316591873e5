import { type DecisionRecord, type DecisionSummary, getById } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam } from "../../test-support/factories.js";
import { type LiveParticipant, useSessionTestbed } from "../../test-support/session-driver.js";

const NAMES = ["Anne", "Bo", "Cato", "Dina"];

describe.each(backends)("decisions on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  const startSession = async (body: Record<string, unknown> = {}) => {
    const session = await bed.start({
      title: "Kortere byggesaker",
      question: "Hvordan halverer vi ledetiden for en byggesak?",
      language: "nb",
      ...body,
    });
    return session;
  };

  const readRecord = async (client: TestClient, decisionId: string) => {
    const response = await client.get<{ record: DecisionRecord }>(`/api/decisions/${decisionId}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.record;
  };

  const listed = async (query = "") => {
    const response = await bed.team.members.member.client.get<{ decisions: DecisionSummary[] }>(
      `/api/orgs/${bed.team.organisationId}/decisions${query}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.decisions;
  };

  it("runs the four steps to a decision whose record holds the whole trail", async () => {
    const s = await startSession();
    const agenda = await s.view();
    // Created without steps: the method's four, named in the session's language.
    expect(agenda.stepOrder.map((id) => agenda.steps[id]?.methodName)).toEqual([
      "Del fakta",
      "Reflekter",
      "Oppdag ny innsikt",
      "Beslutt",
    ]);
    const [factsStep, reflectStep, discoverStep, decideStep] = agenda.stepOrder;
    await s.must("session.open", {});
    const [anne, bo, cato, dina] = (await s.joinAll(NAMES)) as [
      LiveParticipant,
      LiveParticipant,
      LiveParticipant,
      LiveParticipant,
    ];
    await s.must("session.start", {});

    // 1 Share facts: a fact with its source, and a clarifying question on it.
    await s.must("step.start", { stepId: factsStep });
    const fact = await s.sendMust(anne, "contribution.add", {
      kind: "fact",
      text: "Medianen er 41 dager",
      source: { url: "https://kommune.example/rapport-2026", figure: "41 dager" },
    });
    await s.sendMust(bo, "contribution.add", {
      kind: "question",
      text: "Målt fra når?",
      replyTo: fact.contributionId,
    });
    await s.must("contribution.dispute", {
      contributionId: fact.contributionId,
      note: "Rapporten for 2025 sier 35",
    });

    // 2 Reflect: silent until the facilitator reveals the step.
    await s.must("step.start", { stepId: reflectStep });
    const reflection = String(
      (
        await s.sendMust(cato, "contribution.add", {
          kind: "reflection",
          text: "Overleveringene tar lengst tid",
        })
      ).contributionId,
    );
    await s.sendMust(dina, "contribution.add", { kind: "reflection", text: "Vi venter på svar" });
    const seenByAnne = async () => getById((await s.view(anne)).contributions, reflection);
    expect(await seenByAnne()).toMatchObject({ hidden: true });
    expect((await seenByAnne())?.text).toBeUndefined();
    await s.must("step.reveal", { stepId: reflectStep });
    expect((await seenByAnne())?.text).toBe("Overleveringene tar lengst tid");

    // 3 Discover: a theme with the reflection in it, dots on the theme, an insight agreed by all.
    await s.must("step.start", { stepId: discoverStep });
    const theme = await s.sendMust(anne, "group.create", { name: "Overleveringer" });
    await s.sendMust(anne, "group.move_contribution", {
      contributionId: reflection,
      groupId: theme.groupId,
    });
    for (const voter of [anne, bo, cato]) {
      await s.sendMust(voter, "vote.cast", { target: { kind: "group", id: theme.groupId } });
    }
    const insight = String(
      (
        await s.sendMust(bo, "contribution.add", {
          kind: "insight",
          text: "Hver overlevering koster en uke",
        })
      ).contributionId,
    );

    // 4 Decide: a proposal and a consent round with an objection.
    await s.must("step.start", { stepId: decideStep });
    const proposalId = String(
      (
        await s.must("proposal.draft", {
          text: "Ett fast team tar hver byggesak fra start til slutt",
          insightIds: [insight],
        })
      ).proposalId,
    );
    const firstRound = String(
      (await s.must("proposal.start_round", { proposalId, kind: "consent" })).roundId,
    );
    const position = (roundId: string, value: string, reason?: string) => ({
      roundId,
      position: value,
      ...(reason === undefined ? {} : { reason }),
    });
    expect(await s.send(anne, "proposal.give_position", position(firstRound, "objection"))).toEqual(
      { ok: false, code: "objection_needs_reason" },
    );
    const objection = String(
      (
        await s.sendMust(
          anne,
          "proposal.give_position",
          position(firstRound, "objection", "Ingen dekker når teamet har ferie"),
        )
      ).entryId,
    );
    for (const consenting of [bo, cato, dina]) {
      await s.sendMust(consenting, "proposal.give_position", position(firstRound, "consent"));
    }
    // One position per participant per round; none given by the facilitator for anyone.
    expect(await s.send(bo, "proposal.give_position", position(firstRound, "stand_aside"))).toEqual(
      { ok: false, code: "position_already_given" },
    );
    expect(await s.command("proposal.give_position", position(firstRound, "consent"))).toEqual({
      ok: false,
      code: "not_allowed",
    });
    await s.must("proposal.end_round", { roundId: firstRound });
    expect(await s.command("proposal.start_round", { proposalId, kind: "consent" })).toEqual({
      ok: false,
      code: "objection_untested",
    });
    await s.must("proposal.test_objection", {
      roundId: firstRound,
      entryId: objection,
      outcome: "upheld",
      rationale: "Tungtveiende: saker ville stå stille i ferien",
    });
    await s.must("proposal.amend", {
      proposalId,
      text: "Ett fast team tar hver byggesak fra start til slutt, med en fast vikar i ferier",
      note: "Møter innvendingen om ferie",
      integrates: [objection],
    });
    const versions = (await s.view()).proposals[proposalId]?.versions;
    expect(versions?.map((v) => [v.version, v.text.length > 0])).toEqual([
      [1, true],
      [2, true],
    ]);

    // The second round passes with one concern; Eli, who joined after it started, takes part.
    const secondRound = String(
      (await s.must("proposal.start_round", { proposalId, kind: "consent" })).roundId,
    );
    const eli = await s.join("Eli");
    await s.sendMust(anne, "proposal.give_position", position(secondRound, "consent"));
    await s.sendMust(
      bo,
      "proposal.give_position",
      position(secondRound, "concern", "Vikaren må få opplæring"),
    );
    for (const consenting of [cato, dina, eli]) {
      await s.sendMust(consenting, "proposal.give_position", position(secondRound, "consent"));
    }
    await s.must("proposal.end_round", { roundId: secondRound });
    const decided = await s.must("proposal.decide", {
      proposalId,
      rationale: "Ingen tungtveiende innvending står igjen",
      actions: [
        { what: "Sette ned det første teamet", owner: "Kari", dueDate: "2026-12-15" },
        { what: "Finne en fast vikar", owner: "Ola", dueDate: null },
      ],
      reviewDate: "2027-03-01",
    });
    const decisionId = String(decided.decisionId);

    const record = await readRecord(bed.team.members.member.client, decisionId);
    expect(record).toMatchObject({
      decisionId,
      sessionId: s.sessionId,
      organisationId: bed.team.organisationId,
      outcome: "decided",
      title: "Kortere byggesaker",
      question: "Hvordan halverer vi ledetiden for en byggesak?",
      language: "nb",
      version: 2,
      text: "Ett fast team tar hver byggesak fra start til slutt, med en fast vikar i ferier",
      rationale: "Ingen tungtveiende innvending står igjen",
      facts: [
        {
          text: "Medianen er 41 dager",
          author: "Anne",
          source: { url: "https://kommune.example/rapport-2026", figure: "41 dager" },
          questions: ["Målt fra når?"],
          disputed: { note: "Rapporten for 2025 sier 35" },
        },
      ],
      themes: [
        { name: "Overleveringer", votes: 3, reflections: ["Overleveringene tar lengst tid"] },
      ],
      insights: [{ text: "Hver overlevering koster en uke" }],
      objections: [
        {
          version: 1,
          participant: "Anne",
          reason: "Ingen dekker når teamet har ferie",
          test: { outcome: "upheld", rationale: "Tungtveiende: saker ville stå stille i ferien" },
          integratedIn: 2,
        },
      ],
      concerns: [{ participant: "Bo", reason: "Vikaren må få opplæring", from: "concern" }],
      actions: [
        { what: "Sette ned det første teamet", owner: "Kari", dueDate: "2026-12-15" },
        { what: "Finne en fast vikar", owner: "Ola", dueDate: null },
      ],
      reviewDate: "2027-03-01",
    });
    expect(record.versions.map((v) => [v.version, v.note])).toEqual([
      [1, null],
      [2, "Møter innvendingen om ferie"],
    ]);
    expect(record.rounds.map((r) => [r.kind, r.version, r.asked, r.entries.length])).toEqual([
      ["consent", 1, 4, 4],
      ["consent", 2, 4, 5],
    ]);
    expect(record.rounds[1]?.entries.map((e) => [e.participant, e.position])).toContainEqual([
      "Eli",
      "consent",
    ]);
    expect(record.participants.map((p) => p.displayName)).toEqual([...NAMES, "Eli"]);
    expect(record.facilitators).toEqual([
      expect.objectContaining({ userId: bed.team.admin.userId, lead: true }),
    ]);

    // Only the organisation's members may read it; to anyone else it does not exist.
    const outsiders = await buildTeam(bed.t, [], "Nabokommunen");
    const unknown = crypto.randomUUID();
    expectApiError(
      await outsiders.admin.client.get(`/api/decisions/${decisionId}`),
      404,
      "decision_not_found",
    );
    expectApiError(
      await bed.team.members.member.client.get(`/api/decisions/${unknown}`),
      404,
      "decision_not_found",
    );
    expectApiError(
      await new TestClient(bed.t.app).get(`/api/decisions/${decisionId}`),
      401,
      "unauthenticated",
    );

    // A closed session takes no more commands, from the facilitator or a participant.
    await s.must("session.close", {});
    expect(await s.command("proposal.draft", { text: "Noe helt nytt" })).toEqual({
      ok: false,
      code: "session_closed",
    });
    expect(
      await s.send(anne, "contribution.add", { kind: "suggestion", text: "En ting til" }),
    ).toEqual({ ok: false, code: "session_closed" });
  });

  it("records a postponement with its reason, and lists it newest first", async () => {
    const s = await startSession();
    const { proposalId } = await s.consentedProposal(["Anne", "Bo"]);
    const decided = await s.must("proposal.decide", { proposalId });
    bed.t.clock.advanceDays(1);
    const next = String((await s.must("proposal.draft", { text: "Digital søknad" })).proposalId);
    await s.must("proposal.start_round", { proposalId: next, kind: "reactions" });
    const postponed = await s.must("proposal.postpone", {
      proposalId: next,
      reason: "Vi trenger tallene for ledetid først",
    });

    const record = await readRecord(bed.team.admin.client, String(postponed.decisionId));
    expect(record).toMatchObject({
      outcome: "postponed",
      text: "Digital søknad",
      postponeReason: "Vi trenger tallene for ledetid først",
      actions: [],
      reviewDate: null,
    });
    expect(record.rounds).toEqual([expect.objectContaining({ kind: "reactions" })]);
    expect(record.rounds[0]?.endedAt).not.toBeNull();

    const decisions = await listed();
    expect(decisions).toEqual([
      {
        id: postponed.decisionId,
        sessionId: s.sessionId,
        outcome: "postponed",
        title: "Kortere byggesaker",
        text: "Digital søknad",
        language: "nb",
        decidedAt: "2026-11-24T09:00:00.000Z",
        reviewDate: null,
      },
      expect.objectContaining({
        id: decided.decisionId,
        outcome: "decided",
        text: "Ett team per byggesak",
        decidedAt: "2026-11-23T09:00:00.000Z",
      }),
    ]);
    expect((await listed("?limit=1&offset=1")).map((d) => d.id)).toEqual([decided.decisionId]);
    expect(await listed("?offset=2")).toEqual([]);
  });

  it("lists only for the organisation's members, and bounds the page", async () => {
    const outsiders = await buildTeam(bed.t, [], "Nabokommunen");
    expectApiError(
      await outsiders.admin.client.get(`/api/orgs/${bed.team.organisationId}/decisions`),
      403,
      "not_a_member",
    );
    const tooMany = expectApiError(
      await bed.team.admin.client.get(`/api/orgs/${bed.team.organisationId}/decisions?limit=101`),
      400,
      "validation_failed",
    );
    expect(issuePaths(tooMany)).toEqual([["limit"]]);
    expect(await listed()).toEqual([]);
  });

  it("is described in the OpenAPI document, with the page bounds", async () => {
    const response = await new TestClient(bed.t.app).get<{
      paths: Record<string, { get?: { parameters?: { name: string; schema: unknown }[] } }>;
    }>("/api/openapi.json");
    const { paths } = response.body;
    expect(paths["/api/decisions/{decisionId}"]).toHaveProperty("get");
    expect(paths["/api/orgs/{orgId}/decisions"]?.get?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "limit",
          schema: expect.objectContaining({ maximum: 100 }),
        }),
        expect.objectContaining({ name: "offset" }),
      ]),
    );
  });

  it("stores a record of an anonymous session that ties nobody to what they said", async () => {
    const s = await startSession({ anonymity: "anonymous" });
    const { proposalId, participants } = await s.consentedProposal(["Anne", "Bo"]);
    await s.must("proposal.amend", { proposalId, text: "Ett team per byggesak, med vikar" });
    const roundId = String(
      (await s.must("proposal.start_round", { proposalId, kind: "consent" })).roundId,
    );
    const [anne, bo] = participants as [LiveParticipant, LiveParticipant];
    await s.sendMust(anne, "proposal.give_position", {
      roundId,
      position: "concern",
      reason: "Opplæring tar tid",
    });
    await s.sendMust(bo, "proposal.give_position", { roundId, position: "consent" });
    await s.must("proposal.end_round", { roundId });
    const { decisionId } = await s.must("proposal.decide", { proposalId });

    const row = await bed.t.storage.db
      .selectFrom("decisions")
      .select("record")
      .where("id", "=", String(decisionId))
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(row.record) as DecisionRecord;
    expect(stored.anonymity).toBe("anonymous");
    expect(stored.concerns).toEqual([
      { participant: null, reason: "Opplæring tar tid", from: "concern" },
    ]);
    const answers = stored.rounds.flatMap((round) => round.entries);
    expect(answers).toHaveLength(4);
    expect(answers.every((entry) => entry.participant === null)).toBe(true);
    // Who took part is no secret (the room saw them); who said what is, ids included.
    const { participants: _attendance, ...trail } = stored;
    for (const who of participants) {
      expect(row.record).not.toContain(who.participantId);
      expect(JSON.stringify(trail)).not.toContain(who.displayName);
    }
  });
});
