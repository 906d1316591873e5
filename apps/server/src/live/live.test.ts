import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends } from "../test-support/backends.js";
import { TestClient } from "../test-support/client.js";
import { signUp } from "../test-support/factories.js";
import { LiveTestClient } from "../test-support/live-client.js";
import { createTestApp, type TestApp } from "../test-support/test-app.js";

interface Created {
  id: string;
  joinCode: string;
}

describe.each(backends)("live sessions on $kind", (backend) => {
  let t: TestApp;
  let url: string;
  let facilitator: TestClient;
  let session: Created;
  const sockets: LiveTestClient[] = [];

  beforeEach(async () => {
    t = await createTestApp(backend);
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    url = address.replace("http", "ws");
    facilitator = new TestClient(t.app);
    const { organisationId } = await signUp(facilitator);
    const created = await facilitator.post<Created>(`/api/orgs/${organisationId}/sessions`, {
      title: "Ny ledetid i byggesak",
      question: "Hvordan korter vi ned ledetiden?",
      language: "nb",
      anonymity: "anonymous_to_peers",
    });
    expect(created.status).toBe(201);
    expect(created.body.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    session = created.body;
    await command("step.add", { step: { phase: "share_facts", methodName: "Facts round" } });
    await command("session.open", {});
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await t.close();
  });

  async function command(type: string, payload: unknown) {
    const response = await facilitator.post<{ seq: number }>(
      `/api/sessions/${session.id}/commands`,
      {
        commandId: crypto.randomUUID(),
        type,
        payload,
      },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.seq;
  }

  async function join(displayName: string) {
    const response = await new TestClient(t.app).post<{ token: string; participantId: string }>(
      "/api/join",
      { code: session.joinCode.toLowerCase(), displayName },
    );
    expect(response.status).toBe(201);
    return response.body;
  }

  async function connectParticipant(token: string, lastSeq?: number) {
    const client = await LiveTestClient.connect(`${url}/api/live`);
    sockets.push(client);
    client.send({
      t: "hello",
      v: 1,
      sessionId: session.id,
      token,
      ...(lastSeq === undefined ? {} : { lastSeq }),
    });
    await client.waitFor((message) => message.t === "welcome");
    return client;
  }

  async function startStep() {
    await command("session.start", {});
    const { state } = (
      await facilitator.get<{ state: { stepOrder: string[] } }>(`/api/sessions/${session.id}/view`)
    ).body;
    await command("step.start", { stepId: state.stepOrder[0] });
  }

  /** Participants who joined, connected and acknowledged the ground rules, in order. */
  async function readyParticipants(first: string, second: string) {
    const ready = async (name: string) => {
      const person = await join(name);
      const socket = await connectParticipant(person.token);
      socket.send({
        t: "command",
        commandId: crypto.randomUUID(),
        type: "participant.acknowledge_ground_rules",
        payload: {},
      });
      return { ...person, socket };
    };
    return [await ready(first), await ready(second)] as const;
  }

  it("delivers every event to every client once, in order, with acks after the events", async () => {
    const [kari, ola] = await readyParticipants("Kari", "Ola");
    const kariSocket = kari.socket;
    const olaSocket = ola.socket;
    await startStep();

    kariSocket.send({
      t: "command",
      commandId: "kari-1",
      type: "contribution.add",
      payload: { kind: "fact", text: "Snittet er 41 dager." },
    });
    const ack = await kariSocket.waitFor(
      (message) => message.t === "ack" && message.commandId === "kari-1",
    );
    await olaSocket.waitForSeq(ack.seq as number);

    const kariIndex = kariSocket.messages.indexOf(ack);
    const kariEvents = kariSocket.messages.slice(0, kariIndex).filter((m) => m.t === "events");
    expect(kariEvents.length).toBeGreaterThan(0);
    for (const socket of [kariSocket, olaSocket]) {
      const seqs = socket.events.map((event) => event.seq);
      expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
      expect(seqs.at(-1)).toBe(ack.seq);
    }

    // Anonymous to peers: Ola sees the fact, never who wrote it; Kari knows it is hers.
    const seenByOla = olaSocket.events.find((event) => event.type === "contribution.added");
    expect(seenByOla?.payload.text).toBe("Snittet er 41 dager.");
    // The participant list names people (it is spoken aloud); what they wrote never does.
    expect(JSON.stringify(seenByOla)).not.toContain(kari.participantId);
    expect(seenByOla?.payload.author).toBeUndefined();
    const seenByKari = kariSocket.events.find((event) => event.type === "contribution.added");
    expect(seenByKari?.payload.mine).toBe(true);
  });

  it("answers a retried command with its first result, once", async () => {
    const kari = await join("Kari");
    const socket = await connectParticipant(kari.token);
    socket.send({
      t: "command",
      commandId: "ack-rules",
      type: "participant.acknowledge_ground_rules",
      payload: {},
    });
    await startStep();
    const add = {
      t: "command",
      commandId: "same-id",
      type: "contribution.add",
      payload: { kind: "fact", text: "Én gang." },
    };
    socket.send(add);
    const first = await socket.waitFor((m) => m.t === "ack" && m.commandId === "same-id");
    socket.send(add);
    await socket.waitFor((m) => m.t === "ack" && m.commandId === "same-id" && m !== first);
    const acks = socket.messages.filter((m) => m.t === "ack" && m.commandId === "same-id");
    expect(acks.map((m) => m.seq)).toEqual([first.seq, first.seq]);
    const rows = await t.storage.db
      .selectFrom("session_events")
      .select("type")
      .where("session_id", "=", session.id)
      .where("type", "=", "contribution.added")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("resumes a reconnecting participant from its last seq with the same identity", async () => {
    const kari = await join("Kari");
    const first = await connectParticipant(kari.token);
    const welcome = await first.waitFor((m) => m.t === "welcome");
    const seenSeq = welcome.seq as number;
    first.close();
    await command("session.start", {});
    const again = await connectParticipant(kari.token, seenSeq);
    const resumed = await again.waitFor((m) => m.t === "welcome");
    expect(resumed.snapshot).toBeUndefined();
    expect((resumed.viewer as { participantId: string }).participantId).toBe(kari.participantId);
    await again.waitFor(
      (m) =>
        m.t === "events" &&
        (m.events as { type: string }[]).some((e) => e.type === "session.started"),
    );
    expect(again.events[0]?.seq).toBe(seenSeq + 1);
  });

  it("keeps the socket healthy after malformed, oversized and refused messages", async () => {
    const kari = await join("Kari");
    const socket = await connectParticipant(kari.token);
    socket.send("{not json");
    await socket.waitFor((m) => m.t === "error" && m.code === "malformed_frame");
    socket.send({
      t: "command",
      commandId: "big",
      type: "contribution.add",
      payload: { kind: "fact", text: "x".repeat(20_000) },
    });
    await socket.waitFor((m) => m.t === "error" && m.code === "frame_too_large");
    socket.send({
      t: "command",
      commandId: "early",
      type: "contribution.add",
      payload: { kind: "fact", text: "Før start" },
    });
    const refused = await socket.waitFor((m) => m.t === "error" && m.commandId === "early");
    expect(typeof refused.code).toBe("string");
    socket.send({ t: "ping", id: "p1" });
    await socket.waitFor((m) => m.t === "pong" && m.id === "p1");
  });

  it("refuses a wrong token, and a join code that does not exist", async () => {
    const client = await LiveTestClient.connect(`${url}/api/live`);
    sockets.push(client);
    client.send({ t: "hello", v: 1, sessionId: session.id, token: "not-a-real-token-at-all" });
    await client.waitFor((m) => m.t === "error" && m.code === "invalid_token");
    const missing = await new TestClient(t.app).post("/api/join", { code: "AAAAAA" });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "join_code_not_found" } });
  });

  it("answers a WebSocket handshake on any other path with 404", async () => {
    await expect(LiveTestClient.connect(`${url}/api/elsewhere`)).rejects.toThrow(/404/);
  });

  it("refuses a cross-site WebSocket handshake", async () => {
    await expect(
      LiveTestClient.connect(`${url}/api/live`, { origin: "https://evil.example" }),
    ).rejects.toThrow(/403/);
  });

  it("lets the author keep their own text when the facilitator hides it, and only them", async () => {
    const [kari, ola] = await readyParticipants("Kari", "Ola");
    const kariSocket = kari.socket;
    const olaSocket = ola.socket;
    await startStep();
    kariSocket.send({
      t: "command",
      commandId: "mine",
      type: "contribution.add",
      payload: { kind: "fact", text: "Min egen tekst." },
    });
    await kariSocket.waitFor((m) => m.t === "ack" && m.commandId === "mine");
    const added = kariSocket.events.find((event) => event.type === "contribution.added");
    const contributionId = added?.payload.contributionId as string;
    const seq = await command("contribution.hide", {
      contributionId,
      reason: "Personopplysninger",
    });
    await Promise.all([kariSocket.waitForSeq(seq), olaSocket.waitForSeq(seq)]);

    const hiddenFor = (socket: LiveTestClient) =>
      JSON.stringify(socket.events.find((event) => event.type === "contribution.hidden"));
    expect(hiddenFor(kariSocket)).toContain("Min egen tekst.");
    expect(hiddenFor(kariSocket)).toContain('"mine":true');
    expect(hiddenFor(olaSocket)).not.toContain("Min egen tekst.");
    expect(hiddenFor(olaSocket)).not.toContain("Personopplysninger");
  });
});
