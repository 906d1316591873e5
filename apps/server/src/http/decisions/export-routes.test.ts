import { describe, expect, it } from "vitest";
import { newId } from "../../accounts/tokens.js";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { insertRecord, insertRegisterSession } from "../../test-support/decision-rows.js";
import { buildTeam } from "../../test-support/factories.js";
import { useSessionTestbed } from "../../test-support/session-driver.js";

/** RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

describe.each(backends)("decision exports on $kind", (backend) => {
  const bed = useSessionTestbed(backend, ["member"]);

  it("writes the register as CSV, with a comma, a quote and a formula in a title", async () => {
    const owner = {
      organisationId: bed.team.organisationId,
      userId: bed.team.admin.userId,
      sessionId: newId(),
    };
    await insertRegisterSession(bed.t.storage.db, owner);
    await insertRecord(bed.t.storage.db, owner, {
      title: 'Byggesaker, "raskere"',
      text: "Linje én\nLinje to",
      at: "2026-03-01T10:00:00.000Z",
    });
    await insertRecord(bed.t.storage.db, owner, { title: "=1+1", at: "2026-04-01T10:00:00.000Z" });
    await insertRecord(bed.t.storage.db, owner, {
      title: "Bibliotek",
      at: "2026-05-01T10:00:00.000Z",
    });

    const response = await bed.team.members.member.client.get<string>(
      `/api/orgs/${bed.team.organisationId}/decisions/export.csv?sort=oldest&q=byggesak`,
    );
    expect(response.status).toBe(200);
    expect(String(response.headers["content-type"])).toMatch(/^text\/csv/);
    const rows = parseCsv(String(response.body));
    expect(rows[0]?.slice(0, 4)).toEqual(["id", "title", "outcome", "status"]);
    expect(rows.slice(1).map((row) => [row[1], row[9]])).toEqual([
      ['Byggesaker, "raskere"', "Linje én\nLinje to"],
    ]);

    const all = await bed.team.members.member.client.get<string>(
      `/api/orgs/${bed.team.organisationId}/decisions/export.csv?sort=oldest`,
    );
    expect(parseCsv(String(all.body)).map((row) => row[1])).toEqual([
      "title",
      'Byggesaker, "raskere"',
      "'=1+1",
      "Bibliotek",
    ]);
  });

  it("exports a decided session's decision as Markdown and its trail as JSON, anonymous as promised", async () => {
    const session = await bed.start({
      title: "Kortere byggesaker",
      question: "Hvordan halverer vi ledetiden?",
      language: "nb",
      anonymity: "anonymous",
    });
    const { proposalId } = await session.consentedProposal(["Anne", "Bo"]);
    await session.must("proposal.decide", {
      proposalId,
      rationale: "Trygt nok til å prøve",
      actions: [{ what: "Sette ned teamet", owner: "Kari", dueDate: "2026-12-15" }],
      reviewDate: "2027-03-01",
    });
    const decided = await bed.t.storage.db
      .selectFrom("decisions")
      .select("id")
      .executeTakeFirstOrThrow();

    const markdown = await bed.team.members.member.client.get<string>(
      `/api/decisions/${decided.id}/export.md`,
    );
    expect(markdown.status).toBe(200);
    const text = String(markdown.body);
    expect(text.startsWith("# Kortere byggesaker\n")).toBe(true);
    for (const section of [
      "Status",
      "Question",
      "Decision",
      "Rationale",
      "Facts",
      "Objections",
      "Concerns",
      "Actions",
    ]) {
      expect(text).toContain(`\n## ${section}\n`);
    }
    expect(text).toContain("Sette ned teamet — Kari, due 2026-12-15");
    expect(text).toContain("Review date: 2027-03-01.");

    const trail = await bed.team.members.member.client.get<{
      record: { decisionId: string };
      events: { type: string; actor: unknown }[];
      lifecycle: { status: string };
    }>(`/api/decisions/${decided.id}/trail.json`);
    expect(trail.status).toBe(200);
    const parsed = trail.body;
    expect(parsed.record.decisionId).toBe(decided.id);
    expect(parsed.lifecycle.status).toBe("in_effect");
    expect(parsed.events.map((event) => event.type)).toContain("proposal.decided");
    // The session was anonymous: who consented stays unknown in the trail (the log knows it).
    const responses = parsed.events.filter((event) => event.type === "proposal.responded");
    expect(responses.map((event) => event.actor)).toEqual([
      { kind: "participant" },
      { kind: "participant" },
    ]);
    const logged = await bed.t.storage.db
      .selectFrom("session_events")
      .select("actor")
      .where("type", "=", "proposal.responded")
      .execute();
    expect(logged.every((row) => JSON.parse(row.actor).id !== undefined)).toBe(true);

    const other = await buildTeam(bed.t, []);
    expectApiError(
      await other.admin.client.get(`/api/decisions/${decided.id}/trail.json`),
      404,
      "decision_not_found",
    );
  });
});
