import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLoginSession } from "../../accounts/login-sessions.js";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import type { Person } from "../../test-support/factories.js";
import { LiveTestClient } from "../../test-support/live-client.js";
import { SESSION_BODY } from "../../test-support/preparation.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  bookForSession,
  buildTrainingWorld,
  type TrainingWorld,
} from "../../test-support/training.js";
import { SESSION_COOKIE } from "../plugins/session.js";

describe.each(backends)("people booked for a session on $kind", (backend) => {
  let t: TestApp;
  let world: TrainingWorld;
  let per: Person;
  let trainee: Person;
  let sessionId: string;
  let bookingUrl: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    world = await buildTrainingWorld(t);
    ({ per, trainee, sessionId, bookingUrl } = await bookForSession(t, world));
  });

  const coordinator = () => world.owner.members.coordinator.client;
  const command = (person: Person, type: string) =>
    person.client.post<{ seq: number }>(`/api/sessions/${sessionId}/commands`, {
      commandId: `${type}-${person.userId}`,
      type,
      payload: {},
    });

  async function hello(person: Person) {
    const login = await createLoginSession(
      t.storage.db,
      person.userId,
      world.gjovik.organisationId,
      t.clock.now(),
    );
    const address = t.app.server.address();
    if (address === null || typeof address === "string") throw new Error("the app must listen");
    const socket = await LiveTestClient.connect(`ws://127.0.0.1:${address.port}/api/live`, {
      cookie: `${SESSION_COOKIE}=${login.token}`,
    });
    try {
      socket.send({ t: "hello", v: 1, sessionId });
      return await socket.waitFor((message) => message.t === "welcome" || message.t === "error");
    } finally {
      socket.close();
    }
  }

  it("lets the booked facilitator and the trainee run the linked session, until the booking is cancelled", async () => {
    // Before the link they are strangers to the session.
    expectApiError(await per.client.get(`/api/sessions/${sessionId}`), 404, "session_not_found");
    expectApiError(await command(per, "session.open"), 403, "not_a_member");

    const linked = await coordinator().put(`${bookingUrl}/session`, { sessionId });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);

    const opened = await command(per, "session.open");
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const started = await command(trainee, "session.start");
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    for (const person of [per, trainee]) {
      expect((await person.client.get(`/api/sessions/${sessionId}`)).status).toBe(200);
      const view = await person.client.get<{ viewer: unknown; state: { facilitators: object } }>(
        `/api/sessions/${sessionId}/view`,
      );
      expect(view.status).toBe(200);
      expect(view.body.viewer).toEqual({ class: "facilitator" });
      expect(Object.keys(view.body.state.facilitators)).toEqual(
        expect.arrayContaining([per.userId, trainee.userId]),
      );
      expect((await person.client.get(`/api/sessions/${sessionId}/preparation`)).status).toBe(200);
      const report = await person.client.get<{ mayReflect: boolean }>(
        `/api/sessions/${sessionId}/report`,
      );
      expect(report.status).toBe(200);
      expect(report.body.mayReflect).toBe(true);
      expect(await hello(person)).toMatchObject({ t: "welcome" });
    }
    const mine = await per.client.get<{ sessions: { sessionId: string; role: string }[] }>(
      "/api/me/facilitated-sessions",
    );
    expect(mine.body.sessions).toEqual([
      expect.objectContaining({
        sessionId,
        role: "facilitator",
        organisationId: world.owner.organisationId,
      }),
    ]);

    // A grant opens this session only: not the organisation's other sessions or its pages.
    const other = await world.owner.admin.client.post<{ id: string }>(
      `/api/orgs/${world.owner.organisationId}/sessions`,
      SESSION_BODY,
    );
    expectApiError(
      await per.client.get(`/api/sessions/${other.body.id}`),
      404,
      "session_not_found",
    );
    expectApiError(
      await per.client.get(`/api/orgs/${world.owner.organisationId}/sessions`),
      403,
      "not_a_member",
    );
    // A stranger still learns nothing.
    expectApiError(
      await world.hamar.admin.client.get(`/api/sessions/${sessionId}`),
      404,
      "session_not_found",
    );

    const cancelled = await coordinator().delete(`${bookingUrl}/booking`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    for (const person of [per, trainee]) {
      expectApiError(
        await person.client.get(`/api/sessions/${sessionId}`),
        404,
        "session_not_found",
      );
      expectApiError(
        await person.client.get(`/api/sessions/${sessionId}/view`),
        403,
        "not_a_member",
      );
      expectApiError(await command(person, "session.pause"), 403, "not_a_member");
      expect(await hello(person)).toMatchObject({ t: "error", code: "invalid_token" });
    }
    expect(
      (await per.client.get<{ sessions: unknown[] }>("/api/me/facilitated-sessions")).body.sessions,
    ).toEqual([]);
  });
});
