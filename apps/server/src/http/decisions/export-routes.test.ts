import { describe, expect, it } from "vitest";
import { newId } from "../../accounts/tokens.js";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { insertRecord, insertRegisterSession } from "../../test-support/decision-rows.js";
import {
  decideAfterObjection,
  STORY_OBJECTION,
  STORY_TITLE,
} from "../../test-support/decision-story.js";
import { buildTeam } from "../../test-support/factories.js";
import { readPdf } from "../../test-support/pdf.js";
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
    // In the decision's language, from the same document as the PDF.
    for (const section of [
      "Status",
      "Spørsmål",
      "Dette ble besluttet",
      "Begrunnelse",
      "Fakta",
      "Innvendinger og hvordan de ble imøtekommet",
      "Bekymringer å følge opp",
      "Tiltak",
    ]) {
      expect(text).toContain(`\n## ${section}\n`);
    }
    expect(text).toContain("| Sette ned teamet | Kari | 15. desember 2026 |");
    expect(text).toContain("- **Evalueringsdato:** 1. mars 2027");
    expect(String(markdown.headers["content-disposition"])).toContain(
      `filename="Kortere byggesaker (${decided.id}).md"`,
    );

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

  it("renders a decision as a PDF in its language: title, rounds, the objection, pages", async () => {
    const { decisionId } = await decideAfterObjection(bed);
    const response = await bed.team.members.member.client.get<Buffer>(
      `/api/decisions/${decisionId}/export.pdf`,
    );
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toContain(
      `filename="Kortere byggesaker for Aero og Ostfold (${decisionId}).pdf"`,
    );
    expect(disposition).toContain("filename*=UTF-8''Kortere%20byggesaker%20for%20%C3%86r%C3%B8");

    const pdf = await readPdf(response.body);
    const all = pdf.text.join("\n");
    expect(all).toContain(STORY_TITLE);
    expect(all).toContain("Samtykkerunde");
    expect(all).toContain("Åse: Innvending");
    expect(all).toContain(STORY_OBJECTION);
    expect(all).toContain("Opprettholdt: begrunnet og vesentlig");
    expect(all).toContain("Sette ned det første teamet");
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    pdf.text.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} av ${pdf.pages}`);
      expect(page).toContain(`beslutning ${decisionId}`);
    });
  });

  it("refuses the PDF to someone outside the organisation and to nobody logged in", async () => {
    const { decisionId } = await decideAfterObjection(bed);
    const other = await buildTeam(bed.t, []);
    const url = `/api/decisions/${decisionId}/export.pdf`;
    expectApiError(await other.admin.client.get(url), 404, "decision_not_found");
    expectApiError(await new TestClient(bed.t.app).get(url), 401, "unauthenticated");
  });
});
