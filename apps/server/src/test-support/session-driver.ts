import type { Role, SessionState } from "@samspel/core";
import { afterEach, beforeEach, expect } from "vitest";
import { expectApiError } from "./assertions.js";
import type { Backend } from "./backends.js";
import { TestClient } from "./client.js";
import { buildTeam, type Team } from "./factories.js";
import { LiveTestClient } from "./live-client.js";
import { createTestApp, type TestApp } from "./test-app.js";

/** A participant who joined by code and is connected to the live socket. */
export interface LiveParticipant {
  participantId: string;
  token: string;
  displayName: string;
  socket: LiveTestClient;
}

export type CommandOutcome = { ok: true; seq: number } | { ok: false; code: string };

/**
 * Drives one session the way the product does: the facilitator over HTTP (as the console does),
 * participants by join code and then over the live WebSocket (as the phone does). Every command
 * goes through the real routes, hub, runtime and storage.
 */
export class SessionDriver {
  readonly participants: LiveParticipant[] = [];

  private constructor(
    private readonly t: TestApp,
    private readonly liveUrl: string,
    readonly facilitator: TestClient,
    readonly sessionId: string,
    readonly joinCode: string,
  ) {}

  /** Creates a session in `organisationId`; the app must be listening (for the WebSocket). */
  static async create(
    t: TestApp,
    facilitator: TestClient,
    organisationId: string,
    body: Record<string, unknown>,
  ): Promise<SessionDriver> {
    const created = await facilitator.post<{ id: string; joinCode: string }>(
      `/api/orgs/${organisationId}/sessions`,
      body,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const address = t.app.server.address();
    if (address === null || typeof address === "string") throw new Error("the app must listen");
    const liveUrl = `ws://127.0.0.1:${address.port}/api/live`;
    return new SessionDriver(t, liveUrl, facilitator, created.body.id, created.body.joinCode);
  }

  /** A facilitator's command over HTTP, accepted or refused. */
  async command(type: string, payload: unknown, commandId?: string): Promise<CommandOutcome> {
    const response = await this.facilitator.post<{ seq: number }>(
      `/api/sessions/${this.sessionId}/commands`,
      { commandId: commandId ?? crypto.randomUUID(), type, payload },
    );
    if (response.status === 200) return { ok: true, seq: response.body.seq };
    const { details } = expectApiError(response, 409, "command_refused");
    return { ok: false, code: (details as { domainCode: string }).domainCode };
  }

  /** A facilitator's command that must be accepted; the payload of its last event. */
  async must(type: string, payload: unknown): Promise<Record<string, unknown>> {
    return this.accepted(type, await this.command(type, payload));
  }

  /** Joins by code over HTTP and connects to the live socket, as a phone does. */
  async join(displayName: string): Promise<LiveParticipant> {
    const joined = await new TestClient(this.t.app).post<{ participantId: string; token: string }>(
      "/api/join",
      { code: this.joinCode, displayName },
    );
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const socket = await LiveTestClient.connect(this.liveUrl);
    socket.send({ t: "hello", v: 1, sessionId: this.sessionId, token: joined.body.token });
    await socket.waitFor((message) => message.t === "welcome");
    const participant = { ...joined.body, displayName, socket };
    this.participants.push(participant);
    return participant;
  }

  async joinAll(displayNames: readonly string[]): Promise<LiveParticipant[]> {
    const joined: LiveParticipant[] = [];
    for (const name of displayNames) joined.push(await this.join(name));
    return joined;
  }

  /**
   * The shortest way to a proposal that may be decided: open, join, start, go to the decide step
   * (the last of the default four), draft, and a consent round where everyone consents.
   */
  async consentedProposal(
    displayNames: readonly string[],
    text = "Ett team per byggesak",
  ): Promise<{ proposalId: string; participants: LiveParticipant[] }> {
    await this.must("session.open", {});
    const participants = await this.joinAll(displayNames);
    await this.must("session.start", {});
    await this.must("step.start", { stepId: (await this.view()).stepOrder.at(-1) });
    const proposalId = String((await this.must("proposal.draft", { text })).proposalId);
    const roundId = (await this.must("proposal.start_round", { proposalId, kind: "consent" }))
      .roundId;
    for (const participant of participants) {
      await this.sendMust(participant, "proposal.give_position", { roundId, position: "consent" });
    }
    await this.must("proposal.end_round", { roundId });
    return { proposalId, participants };
  }

  /** A participant's command over the live socket, answered with its ack or its error. */
  async send(
    participant: LiveParticipant,
    type: string,
    payload: unknown,
  ): Promise<CommandOutcome> {
    const commandId = crypto.randomUUID();
    participant.socket.send({ t: "command", commandId, type, payload });
    const answer = await participant.socket.waitFor(
      (message) =>
        (message.t === "ack" || message.t === "error") && message.commandId === commandId,
    );
    return answer.t === "ack"
      ? { ok: true, seq: answer.seq as number }
      : { ok: false, code: answer.code as string };
  }

  /** A participant's command that must be accepted; the payload of its last event. */
  async sendMust(
    participant: LiveParticipant,
    type: string,
    payload: unknown,
  ): Promise<Record<string, unknown>> {
    return this.accepted(type, await this.send(participant, type, payload));
  }

  /** The session as a viewer sees it over HTTP: the facilitator, or a participant by token. */
  async view(participant?: LiveParticipant): Promise<SessionState> {
    const response = await (participant ? new TestClient(this.t.app) : this.facilitator).get<{
      state: SessionState;
    }>(`/api/sessions/${this.sessionId}/view`, {
      headers: participant ? { "x-participant-token": participant.token } : {},
    });
    expect(response.status).toBe(200);
    return response.body.state;
  }

  close(): void {
    for (const participant of this.participants) participant.socket.close();
  }

  private async accepted(type: string, outcome: CommandOutcome) {
    if (!outcome.ok) throw new Error(`${type} refused: ${outcome.code}`);
    return this.storedPayload(outcome.seq);
  }

  /** The payload of the event stored at `seq`: where the ids a command minted can be read. */
  private async storedPayload(seq: number): Promise<Record<string, unknown>> {
    const row = await this.t.storage.db
      .selectFrom("session_events")
      .select("payload")
      .where("session_id", "=", this.sessionId)
      .where("seq", "=", seq)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.payload) as Record<string, unknown>;
  }
}

/** A listening app with a team, and the sessions a test starts, all closed after each test. */
export interface SessionTestbed<R extends Role> {
  readonly t: TestApp;
  readonly team: Team<R>;
  /** Creates a session in the team's organisation as its admin (a facilitator). */
  start(body: Record<string, unknown>): Promise<SessionDriver>;
}

/** Registers the hooks that give each test of the enclosing suite a fresh testbed. */
export function useSessionTestbed<R extends Role>(
  backend: Backend,
  roles: readonly R[],
): SessionTestbed<R> {
  let t: TestApp | undefined;
  let team: Team<R> | undefined;
  let sessions: SessionDriver[] = [];
  beforeEach(async () => {
    t = await createTestApp(backend);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    team = await buildTeam(t, roles);
  });
  afterEach(async () => {
    for (const session of sessions) session.close();
    sessions = [];
    await t?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the testbed is ready inside a test only");
    return value;
  };
  return {
    get t() {
      return ready(t);
    },
    get team() {
      return ready(team);
    },
    async start(body) {
      const current = ready(team);
      const session = await SessionDriver.create(
        ready(t),
        current.admin.client,
        current.organisationId,
        body,
      );
      sessions.push(session);
      return session;
    },
  };
}
