import type { BookedPeople } from "@samspel/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import type { Person } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  type BookedSession,
  bookForSession,
  buildTrainingWorld,
  type TrainingWorld,
} from "../../test-support/training.js";

describe.each(backends)("who is booked to run a session on $kind", (backend) => {
  let t: TestApp;
  let world: TrainingWorld;
  let booked: BookedSession;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    world = await buildTrainingWorld(t);
    booked = await bookForSession(t, world);
  });

  const url = () => `/api/sessions/${booked.sessionId}/booked-people`;
  const ask = (person: Person) => person.client.get<BookedPeople>(url());
  const nameOf = (person: Person) => person.email.split("@")[0];
  const link = async () => {
    const linked = await world.owner.members.coordinator.client.put(
      `${booked.bookingUrl}/session`,
      { sessionId: booked.sessionId },
    );
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
  };

  it("names the booked facilitator first and the resource person, before either has acted", async () => {
    const before = await ask(world.owner.admin);
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.people).toEqual([]);

    await link();
    const expected = [
      { userId: booked.per.userId, displayName: nameOf(booked.per), role: "facilitator" },
      {
        userId: booked.trainee.userId,
        displayName: nameOf(booked.trainee),
        role: "co_facilitator",
      },
    ];
    // The session's own facilitators and the booked people themselves read the same list.
    for (const person of [world.owner.admin, booked.per, booked.trainee]) {
      const answer = await ask(person);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.people).toEqual(expected);
    }
    const view = await world.owner.admin.client.get<{ state: { facilitators: object } }>(
      `/api/sessions/${booked.sessionId}/view`,
    );
    // The record still knows neither of them: they have not acted.
    const record = Object.keys(view.body.state.facilitators);
    expect(record).not.toContain(booked.per.userId);
    expect(record).not.toContain(booked.trainee.userId);
  });

  it("refuses those who may not run the session and forgets a cancelled booking", async () => {
    await link();
    // A member whose role does not run sessions, a stranger, nobody, and an id that is no session.
    expectApiError(await ask(world.owner.members.member), 403, "forbidden");
    expectApiError(await ask(world.hamar.admin), 403, "not_a_member");
    expectApiError(await new TestClient(t.app).get(url()), 401, "unauthenticated");
    expectApiError(
      await world.owner.admin.client.get("/api/sessions/no-such-session/booked-people"),
      404,
      "session_not_found",
    );

    const cancelled = await world.owner.members.coordinator.client.delete(
      `${booked.bookingUrl}/booking`,
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect((await ask(world.owner.admin)).body.people).toEqual([]);
    expectApiError(await ask(booked.per), 403, "not_a_member");
  });
});
