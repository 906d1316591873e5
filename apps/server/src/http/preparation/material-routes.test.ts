import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Material, PreparationOverview, SessionInvitation } from "@samspel/core";
import { PREPARATION_LIMITS } from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { buildTeam, type Team } from "../../test-support/factories.js";
import { SESSION_BODY, tokenOf } from "../../test-support/preparation.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

const PDF = "%PDF-1.7\nIncident numbers, January to October\n%%EOF\n";

describe.each(backends)("preparation material on $kind", (backend) => {
  let t: TestApp;
  let dataDir: string;
  let team: Team<"member">;
  let sessionId: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "samspel-materials-"));
    t = await createTestApp(backend, { dataDir });
    team = await buildTeam(t, ["member"]);
    const created = await team.admin.client.post<{ id: string }>(
      `/api/orgs/${team.organisationId}/sessions`,
      SESSION_BODY,
    );
    sessionId = created.body.id;
  });
  afterEach(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const url = (rest = "") => `/api/sessions/${sessionId}${rest}`;
  const admin = () => team.admin.client;

  it("takes facts, links and a file, and gives the file to an invitee as an attachment", async () => {
    const facts = await admin().post<Material>(url("/materials"), {
      kind: "text",
      title: "Facts",
      body: "14 handover errors reported since January.",
    });
    expect(facts.status).toBe(201);
    const link = await admin().post<Material>(url("/materials"), {
      kind: "link",
      title: "Guideline",
      url: "https://helsedirektoratet.example/handover",
    });
    expect(link.status).toBe(201);
    const file = await admin().upload<Material>(
      url("/materials/files"),
      { name: "C:\\Users\\kari\\incidents.pdf", content: PDF },
      { title: "Incident report" },
    );
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({
      kind: "file",
      title: "Incident report",
      fileName: "incidents.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF.length,
    });

    const overview = await admin().get<PreparationOverview>(url("/preparation"));
    // The test clock stands still, so all three share a created_at: compare as a set.
    expect(overview.body.materials.map((material) => material.kind).sort()).toEqual([
      "file",
      "link",
      "text",
    ]);

    const invitation = await admin().post<SessionInvitation>(url("/invitations"), { name: "Kari" });
    const download = await new TestClient(t.app).get<Buffer>(
      `/api/invitations-to-sessions/${tokenOf(invitation.body)}/materials/${file.body.id}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(download.headers["content-disposition"])).toMatch(
      /^attachment; filename="incidents.pdf"/,
    );
    expect(download.body.toString("utf8")).toBe(PDF);

    expect((await admin().delete(url(`/materials/${file.body.id}`))).status).toBe(204);
    expectApiError(
      await admin().get(url(`/materials/${file.body.id}/file`)),
      404,
      "material_not_found",
    );
    expectApiError(
      await admin().delete(url(`/materials/${file.body.id}`)),
      404,
      "material_not_found",
    );
  });

  it("refuses a file over 10 MB with 413 material_too_large, keeping nothing", async () => {
    const big = new Uint8Array(PREPARATION_LIMITS.fileBytes + 1).fill(0x41);
    big.set(new TextEncoder().encode("%PDF-"));
    const response = await admin().upload(url("/materials/files"), {
      name: "big.pdf",
      content: big,
    });
    const error = expectApiError(response, 413, "material_too_large");
    expect(error.details).toEqual({ maxBytes: PREPARATION_LIMITS.fileBytes });
    expect((await admin().get<PreparationOverview>(url("/preparation"))).body.materials).toEqual(
      [],
    );
  });

  it("refuses a file that would pass the session's 50 MB", async () => {
    await t.storage.db
      .insertInto("preparation_materials")
      .values({
        id: "00000000-0000-4000-8000-000000000001",
        session_id: sessionId,
        kind: "file",
        title: "Earlier",
        body: "",
        url: null,
        file_name: "earlier.pdf",
        content_type: "application/pdf",
        size_bytes: PREPARATION_LIMITS.sessionFileBytes - 10,
        created_by: null,
        created_at: "2026-11-23T09:00:00.000Z",
      })
      .execute();
    const response = await admin().upload(url("/materials/files"), {
      name: "more.pdf",
      content: PDF,
    });
    expectApiError(response, 413, "materials_quota_exceeded");
  });

  it("refuses what is not a document, image or text, whatever its name", async () => {
    const html = await admin().upload(url("/materials/files"), {
      name: "notes.pdf",
      content: "<html><script>alert(1)</script></html>",
    });
    expectApiError(html, 415, "material_type_not_allowed");
    expectApiError(await admin().upload(url("/materials/files"), null), 400, "upload_file_missing");
    expectApiError(
      await admin().post(url("/materials"), {
        kind: "link",
        title: "X",
        url: "javascript:alert(1)",
      }),
      400,
      "validation_failed",
    );
  });

  it("is the facilitators'", async () => {
    const member = team.members.member.client;
    expectApiError(
      await member.post(url("/materials"), { kind: "text", title: "Facts", body: "x" }),
      403,
      "forbidden",
    );
    expectApiError(
      await member.upload(url("/materials/files"), { name: "a.pdf", content: PDF }),
      403,
      "forbidden",
    );
  });
});
