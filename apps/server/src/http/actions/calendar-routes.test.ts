import type {
  Action,
  CalendarFeed,
  CalendarFeedState,
  DecisionActionsResponse,
} from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectApiError } from "../../test-support/assertions.js";
import { backends } from "../../test-support/backends.js";
import { parseCalendar } from "../../test-support/calendar.js";
import { TestClient } from "../../test-support/client.js";
import { insertOrgDecision } from "../../test-support/decision-rows.js";
import { buildTeam, insertPerson, type Team } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/test-app.js";

describe.each(backends)("the calendar feed on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member">;

  beforeEach(async () => {
    t = await createTestApp(backend, { publicUrl: "https://samspel.example" });
    team = await buildTeam(t, ["member"]);
  });
  afterEach(() => t.close());

  /** A decision with a review date and one action owned by the member, due `dueDate`. */
  async function decisionForMember(dueDate: string, reviewDate: string | null = "2027-03-01") {
    const record = await insertOrgDecision(t.storage.db, team.organisationId, team.admin.userId, {
      title: "Kortere byggesaker",
      reviewDate,
      actions: [{ what: "Ringe søkerne", owner: "Mia", dueDate }],
    });
    const listed = await team.admin.client.get<DecisionActionsResponse>(
      `/api/decisions/${record.decisionId}/actions`,
    );
    const action = listed.body.actions[0] as Action;
    await team.admin.client.patch(`/api/actions/${action.id}`, {
      ownerUserId: team.members.member.userId,
    });
    return { decisionId: record.decisionId, action };
  }

  async function feedFor(client: TestClient): Promise<CalendarFeed> {
    const made = await client.post<CalendarFeed>("/api/me/calendar-feed");
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body;
  }

  /** Fetched without any login, as a calendar app does. */
  async function fetchFeed(url: string) {
    const path = new URL(url).pathname;
    return new TestClient(t.app).get<string>(path);
  }

  it("gives the owner's open due dates and the reviews they answer for, in their language", async () => {
    const { decisionId, action } = await decisionForMember("2026-12-10");
    await t.storage.db
      .updateTable("users")
      .set({ locale: "nb" })
      .where("id", "=", team.members.member.userId)
      .execute();
    const feed = await feedFor(team.members.member.client);
    expect(feed.url).toMatch(/^https:\/\/samspel\.example\/api\/calendar\/[\w-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace("https:", "webcal:"));

    const fetched = await fetchFeed(feed.url);
    expect(fetched.status).toBe(200);
    expect(String(fetched.headers["content-type"])).toMatch(/^text\/calendar/);
    const events = parseCalendar(fetched.body);
    expect(events).toEqual(
      expect.arrayContaining([
        {
          uid: `action-${action.id}@samspel`,
          summary: "Frist for tiltak: Ringe søkerne",
          day: "2026-12-10",
          allDay: true,
          url: `https://samspel.example/decisions/${decisionId}`,
          stamp: expect.stringMatching(/^2026-11-23T09:00:00/),
        },
        expect.objectContaining({
          uid: `review-${decisionId}@samspel`,
          summary: "Gjennomgang av vedtak: Kortere byggesaker",
          day: "2027-03-01",
          allDay: true,
        }),
      ]),
    );
    expect(events).toHaveLength(2);

    // Ticked off: the due date leaves the calendar, the review stays (the owner answers for it).
    await team.members.member.client.post(`/api/actions/${action.id}/status`, { status: "done" });
    const after = parseCalendar((await fetchFeed(feed.url)).body);
    expect(after.map((event) => event.uid)).toEqual([`review-${decisionId}@samspel`]);
  });

  it("gives a manager the reviews of the organisation, and a bystander none", async () => {
    const { decisionId } = await decisionForMember("2026-12-10");
    const adminFeed = await feedFor(team.admin.client);
    const adminEvents = parseCalendar((await fetchFeed(adminFeed.url)).body);
    expect(adminEvents.map((event) => [event.uid, event.summary])).toEqual([
      [`review-${decisionId}@samspel`, "Decision review: Kortere byggesaker"],
    ]);
    const bystander = await insertPerson(t, {
      organisationId: team.organisationId,
      role: "member",
    });
    expect(parseCalendar((await fetchFeed((await feedFor(bystander.client)).url)).body)).toEqual(
      [],
    );
  });

  it("revokes the old address when made again or deleted, and refuses unknown ones", async () => {
    const { client } = team.members.member;
    expect((await client.get<CalendarFeedState>("/api/me/calendar-feed")).body).toEqual({
      createdAt: null,
    });
    const first = await feedFor(client);
    t.clock.advanceDays(1);
    const second = await feedFor(client);
    expect(second.url).not.toBe(first.url);
    expect((await client.get<CalendarFeedState>("/api/me/calendar-feed")).body).toEqual({
      createdAt: "2026-11-24T09:00:00.000Z",
    });
    expectApiError(await fetchFeed(first.url), 404, "calendar_feed_not_found");
    expect((await fetchFeed(second.url)).status).toBe(200);

    expect((await client.delete("/api/me/calendar-feed")).status).toBe(204);
    expectApiError(await fetchFeed(second.url), 404, "calendar_feed_not_found");
    expectApiError(await client.delete("/api/me/calendar-feed"), 404, "calendar_feed_not_found");
    expectApiError(
      await fetchFeed("https://x/api/calendar/not-a-token-at-all-but-long.ics"),
      404,
      "calendar_feed_not_found",
    );
    expectApiError(
      await fetchFeed("https://x/api/calendar/feed.txt"),
      404,
      "calendar_feed_not_found",
    );
    expectApiError(
      await new TestClient(t.app).post("/api/me/calendar-feed"),
      401,
      "unauthenticated",
    );
  });
});
