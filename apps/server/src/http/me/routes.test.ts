import type { Me } from "@samspel/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError, issuePaths } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { TestClient } from "../../test-support/client.js";
import { insertPerson, type Person } from "../../test-support/factories.js";
import { storedUser } from "../../test-support/stored.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("PATCH /api/me on $kind", (backend) => {
  let t: TestApp;
  let person: Person;
  beforeAll(async () => {
    t = await createTestApp(backend);
    person = await insertPerson(t);
  });
  afterAll(() => t.close());

  const stored = () => storedUser(t, person.userId);

  it("changes the display name and the language", async () => {
    const response = await person.client.patch<Me>("/api/me", {
      displayName: "  Kari Nordmann ",
      locale: "nb",
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ displayName: "Kari Nordmann", locale: "nb" });
    expect(await stored()).toEqual({ display_name: "Kari Nordmann", locale: "nb" });
  });

  it("changes only what it is given", async () => {
    await person.client.patch("/api/me", { displayName: "Kari", locale: "nb" });
    expect((await person.client.patch<Me>("/api/me", { locale: "sv" })).status).toBe(200);
    expect(await stored()).toEqual({ display_name: "Kari", locale: "sv" });
    expect((await person.client.patch<Me>("/api/me", {})).status).toBe(200);
    expect(await stored()).toEqual({ display_name: "Kari", locale: "sv" });
  });

  it("refuses an unknown language, an 81-character name and a changed e-mail", async () => {
    const before = await stored();
    for (const [body, field] of [
      [{ locale: "fr" }, "locale"],
      [{ displayName: "d".repeat(81) }, "displayName"],
      [{ email: "new@kommune.example" }, "email"],
    ] as const) {
      const error = expectApiError(
        await person.client.patch("/api/me", body),
        400,
        "validation_failed",
      );
      expect(issuePaths(error)).toEqual([[field]]);
    }
    expect(await stored()).toEqual(before);
  });

  it("needs a login", async () => {
    const response = await new TestClient(t.app).patch("/api/me", { locale: "nb" });
    expectApiError(response, 401, "unauthenticated");
  });
});
