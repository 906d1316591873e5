import type { AddressInfo } from "node:net";
import type { SessionInvitation } from "@samspel/core";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends } from "../../test-support/backends.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { PREPARATION_BODY, SESSION_BODY } from "../../test-support/preparation.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

interface Received {
  to: string[];
  raw: string;
}

/** A local SMTP server that keeps what it receives: no mail leaves the machine. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

/** A MIME body as a reader sees it: soft line breaks joined, quoted-printable decoded. */
function decoded(raw: string): string {
  return raw
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe.each(backends)("invitation e-mails on $kind", (backend) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let team: Team<"member">;
  let sessionId: string;
  beforeEach(async () => {
    smtp = await startSmtp();
    t = await createTestApp(backend, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    team = await buildTeam(t, ["member"], "Sykehuset Innlandet");
    sessionId = (
      await team.admin.client.post<{ id: string }>(
        `/api/orgs/${team.organisationId}/sessions`,
        SESSION_BODY,
      )
    ).body.id;
    await team.admin.client.put(`/api/sessions/${sessionId}/preparation`, PREPARATION_BODY);
  });
  afterEach(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it("sends the link and the calendar file in the session's language", async () => {
    const created = await team.admin.client.post<SessionInvitation>(
      `/api/sessions/${sessionId}/invitations`,
      { name: "Kari Utenfor", email: "kari@pasientforeningen.example" },
    );
    expect(created.status).toBe(201);
    expect(created.body.emailedAt).toBe("2026-11-23T09:00:00.000Z");
    expect(smtp.inbox).toHaveLength(1);
    const [mail] = smtp.inbox;
    expect(mail?.to).toEqual(["kari@pasientforeningen.example"]);
    const text = decoded(mail?.raw ?? "");
    expect(text).toMatch(/^Subject: Invitasjon: Night shift handovers\r?$/m);
    expect(text).toContain(created.body.link);
    expect(text).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/);
    expect(text).toMatch(/filename=invitation\.ics/);
  });

  it("writes to a member in the member's own language", async () => {
    await t.storage.db
      .updateTable("users")
      .set({ locale: "sv" })
      .where("id", "=", team.members.member.userId)
      .execute();
    await team.admin.client.post(`/api/sessions/${sessionId}/invitations`, {
      userId: team.members.member.userId,
    });
    expect(decoded(smtp.inbox[0]?.raw ?? "")).toMatch(
      /^Subject: Inbjudan: Night shift handovers\r?$/m,
    );
  });

  it("sends a new link again, and keeps the invitation when the mail server is down", async () => {
    const created = await team.admin.client.post<SessionInvitation>(
      `/api/sessions/${sessionId}/invitations`,
      { name: "Kari Utenfor", email: "kari@pasientforeningen.example" },
    );
    const renewed = await team.admin.client.post<SessionInvitation>(
      `/api/sessions/${sessionId}/invitations/${created.body.id}/link`,
    );
    expect(smtp.inbox).toHaveLength(2);
    expect(decoded(smtp.inbox[1]?.raw ?? "")).toContain(renewed.body.link);

    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    const unsent = await team.admin.client.post<SessionInvitation>(
      `/api/sessions/${sessionId}/invitations`,
      { name: "Per Sen", email: "per@example.no" },
    );
    expect(unsent.status).toBe(201);
    expect(unsent.body).toMatchObject({
      emailedAt: null,
      link: expect.stringContaining("/invited/"),
    });
    smtp = await startSmtp();
  });

  it("sends nothing to an outsider without an address, and still answers the link", async () => {
    const created = await team.admin.client.post<SessionInvitation>(
      `/api/sessions/${sessionId}/invitations`,
      { name: "Ola" },
    );
    expect(created.body).toMatchObject({
      emailedAt: null,
      link: expect.stringContaining("/invited/"),
    });
    expect(smtp.inbox).toEqual([]);
  });
});
