import { setTimeout as sleep } from "node:timers/promises";
import { type OpinionMapView, opinionMapViewSchema } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { backends } from "../test-support/backends.js";
import { syntheticOpinionState } from "../test-support/opinion-votes.js";
import type { LiveParticipant, SessionDriver } from "../test-support/session-driver.js";
import { useSessionTestbed } from "../test-support/session-driver.js";
import { OpinionMaps } from "./live-maps.js";
import { MapThread } from "./map-thread.js";

/** Two camps: the first half agrees with the first two statements, the rest with the last two. */
const STATEMENTS = [
  "Meetings should be shorter",
  "Agendas should be sent a day ahead",
  "Long meetings build trust",
  "Decisions need time in the room",
  "Coffee is good",
];

/** A session whose one step is an opinion map. */
function mapSessionBody(anonymity: string, moderation: string) {
  return {
    title: "Møtekultur",
    question: "Hvordan vil vi ha møtene våre?",
    language: "nb",
    anonymity,
    steps: [
      { phase: "discover", methodName: "Opinion map", settings: { opinionMap: { moderation } } },
    ],
  };
}

async function mapSession(session: SessionDriver, names: string[]) {
  await session.must("session.open", {});
  const people = await session.joinAll(names);
  await session.must("session.start", {});
  const [stepId] = (await session.view()).stepOrder;
  await session.must("step.start", { stepId });
  const statementIds: string[] = [];
  for (const text of STATEMENTS) {
    statementIds.push(String((await session.must("opinion.submit", { text })).statementId));
  }
  return { people, statementIds, stepId: String(stepId) };
}

async function voteInCamps(
  session: SessionDriver,
  people: LiveParticipant[],
  statementIds: string[],
) {
  for (const [index, person] of people.entries()) {
    const first = index < people.length / 2;
    for (const [s, statementId] of statementIds.entries()) {
      const agrees = s === 4 || (s < 2 ? first : !first);
      await session.sendMust(person, "opinion.vote", {
        statementId,
        vote: agrees ? "agree" : "disagree",
      });
    }
  }
}

async function facilitatorMap(session: SessionDriver): Promise<OpinionMapView> {
  const view = await session.facilitator.get<{ opinionMap: unknown }>(
    `/api/sessions/${session.sessionId}/view`,
  );
  return opinionMapViewSchema.parse(view.body.opinionMap);
}

function mapMessage(person: LiveParticipant, votes: number) {
  return person.socket.waitFor(
    (m) => m.t === "opinion_map" && (m.map as OpinionMapView).votes === votes,
    10_000,
  );
}

describe.each(backends)("the live opinion map on $kind", (backend) => {
  const bed = useSessionTestbed(backend, []);

  it("arrives after votes over the WebSocket, grouped, with no participant id in it", async () => {
    const session = await bed.start(mapSessionBody("named", "auto"));
    const names = ["Kari", "Ola", "Siri", "Per", "Liv", "Nils", "Eva", "Tor"];
    const { people, statementIds } = await mapSession(session, names);
    await voteInCamps(session, people, statementIds);
    const total = people.length * statementIds.length;
    const [first, last] = [people[0], people.at(-1)];
    if (!first || !last) throw new Error("no participants");
    const message = await mapMessage(first, total);
    expect(message.v).toBe(1);
    // A phone gets the groups and the statements; the dots are for the room's screens.
    const phoneMap = opinionMapViewSchema.parse(message.map);
    expect(phoneMap.dots).toEqual([]);
    expect(phoneMap.groups.length).toBeGreaterThanOrEqual(2);
    expect(phoneMap.commonGround.map((c) => c.statementId)).toContain(statementIds[4]);
    expect(phoneMap.divisive.length).toBeGreaterThan(0);

    const map = await facilitatorMap(session);
    expect(map.dots).toHaveLength(people.length);
    // The camps are apart: two groups of four.
    expect(map.groups.map((group) => group.size).sort()).toEqual([4, 4]);
    const text = JSON.stringify(map);
    for (const person of people) expect(text).not.toContain(person.participantId);
    expect(map.dots.some((dot) => dot.name !== undefined)).toBe(false);

    // A name shows only when its owner chooses, without new votes.
    const maps = () => last.socket.messages.filter((m) => m.t === "opinion_map").length;
    const before = maps();
    await session.sendMust(first, "opinion.show_name", { shown: true });
    await last.socket.waitFor(() => maps() > before, 10_000);
    const named = await facilitatorMap(session);
    expect(named.dots.filter((d) => d.name).map((d) => d.name)).toEqual(["Kari"]);

    // A late joiner, and a reload over HTTP, get the latest map without waiting for votes.
    const late = await session.join("Åse");
    const welcomeMap = await late.socket.waitFor((m) => m.t === "opinion_map");
    expect((welcomeMap.map as OpinionMapView).votes).toBe(total);
    const view = await bed.t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.sessionId}/view`,
      headers: { "x-participant-token": late.token },
    });
    expect(view.json().opinionMap).toMatchObject({ votes: total, dots: [] });
  });

  it("is not computed from votes on statements still waiting for moderation", async () => {
    const session = await bed.start(mapSessionBody("anonymous", "facilitator"));
    const { people, statementIds } = await mapSession(session, ["A", "B", "C", "D"]);
    const [first, second] = people;
    if (!first || !second) throw new Error("no participants");
    const pending = await session.sendMust(first, "opinion.submit", { text: "Pending one" });
    expect(
      await session.send(second, "opinion.vote", {
        statementId: pending.statementId,
        vote: "agree",
      }),
    ).toEqual({ ok: false, code: "statement_not_approved" });
    await voteInCamps(session, people, statementIds);
    const message = await mapMessage(first, people.length * statementIds.length);
    expect((message.map as OpinionMapView).votes).toBe(people.length * statementIds.length);
    expect((await facilitatorMap(session)).dots).toHaveLength(4);
  });

  it("acknowledges commands while a large map is computed", async () => {
    const session = await bed.start(mapSessionBody("named", "auto"));
    const { people, statementIds } = await mapSession(session, ["Kari", "Ola"]);
    // A map of a town hall, computed in this process's other thread as the server's would be.
    const big = syntheticOpinionState(5_000, 200, 0.2);
    const thread = new MapThread();
    const maps = new OpinionMaps(thread.compute, bed.t.app.log, 0);
    const started = performance.now();
    let computeMs: number | undefined;
    maps.onMap(() => {
      computeMs = performance.now() - started;
    });
    maps.watch("synthetic", big.state, 1);
    const latencies: number[] = [];
    try {
      while (computeMs === undefined && performance.now() - started < 20_000) {
        const person = people[latencies.length % people.length];
        if (person === undefined) break;
        const sent = performance.now();
        await session.sendMust(person, "opinion.vote", {
          statementId: statementIds[latencies.length % statementIds.length],
          vote: latencies.length % 2 === 0 ? "agree" : "disagree",
        });
        latencies.push(performance.now() - sent);
        // Within the live rate limit: 10 commands a second per socket.
        await sleep(60);
      }
    } finally {
      maps.close();
      await thread.close();
    }
    expect(computeMs, "the map was computed").toBeDefined();
    // Commands kept being answered while it ran, each in far less time than the whole map took.
    expect(latencies.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...latencies)).toBeLessThan(Math.max(300, (computeMs ?? 0) / 2));
  });
});
