import {
  type ActionListResponse,
  type ActionStatus,
  actionsCarriedOut,
  type CalendarFeed,
  type CelebrationList,
  calendarDay,
  can,
  compareMyActions,
  countOpenActions,
  type DecisionActionsResponse,
  type DecisionStatus,
  isDecisionLive,
  isOverdue,
  pendingDueDate,
  type RegisterPageResponse,
} from "@samspel/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_CELEBRATIONS } from "../decisions/celebrations.js";
import { backends } from "../test-support/backends.js";
import { parseCalendar } from "../test-support/calendar.js";
import { TestClient, type TestResponse } from "../test-support/client.js";
import { insertOrgDecision } from "../test-support/decision-rows.js";
import { buildTeam, type Person, type Team } from "../test-support/factories.js";
import { createTestApp, type TestApp } from "../test-support/test-app.js";

/*
 * "My actions", the overdue list, the results to celebrate, the calendar feed and the register's
 * open actions filter and order in SQL so that their bounds keep the right rows, and so restate
 * core's isOverdue, pendingDueDate, isDecisionLive, compareMyActions, actionsCarriedOut and
 * countOpenActions. This pins the SQL to core: over an organisation seeded to reach every branch
 * of those rules, each list must hold exactly the rows, in exactly the order, that core's rule
 * gives when applied in TypeScript to every row in the database.
 */

// Due days around the test clock's first day, 2026-11-23.
const LONG_AGO = "2026-11-20";
const YESTERDAY = "2026-11-22";
const TODAY = "2026-11-23";
const TOMORROW = "2026-11-24";
const LATER = "2026-12-10";

/**
 * The instants the lists are read at: "today" is core's calendarDay, in UTC. The last
 * millisecond of the 23rd is already the 24th in Oslo; at midnight the 23rd's actions fall due.
 */
const READ_AT = [
  "2026-11-23T00:00:00.000Z",
  "2026-11-23T23:59:59.999Z",
  "2026-11-24T00:00:00.000Z",
];

type OwnerKey = "admin" | "member" | "leader";

interface SeedAction {
  status: ActionStatus;
  dueDate: string | null;
  /** The member the action is linked to; null leaves it with the group's free-text owner. */
  owner: OwnerKey | null;
}

const action =
  (status: ActionStatus) =>
  (dueDate: string | null, owner: OwnerKey | null = null): SeedAction => ({
    status,
    dueDate,
    owner,
  });
const open = action("open");
const done = action("done");
const dropped = action("dropped");

interface SeedDecision {
  title: string;
  at: string;
  /** Where its life has gone since; superseded names the later decision that replaced it. */
  lifecycle: "in_effect" | "under_review" | "revoked" | { supersededBy: string };
  actions: readonly SeedAction[];
  /** The day set for its review, which goes into the calendars of those who answer for it. */
  reviewDate?: string;
}

// Two pairs of decisions are taken at the same instant: only the decision id orders their ties.
const EARLY = "2026-11-02T10:00:00.000Z";
const MID = "2026-11-12T10:00:00.000Z";

const DECISIONS: readonly SeedDecision[] = [
  {
    title: "Bibliotek",
    at: EARLY,
    lifecycle: "in_effect",
    reviewDate: "2027-01-11",
    actions: [
      open(LONG_AGO, "member"),
      open(TODAY, "member"),
      open(null, "member"),
      done(LONG_AGO, "member"),
      open(YESTERDAY),
      open(TOMORROW, "leader"),
      open(LONG_AGO, "member"),
      done(null, "member"),
    ],
  },
  {
    title: "Skolevei",
    at: EARLY,
    lifecycle: "in_effect",
    actions: [
      open(LONG_AGO, "member"),
      open(null, "member"),
      dropped(LATER, "member"),
      done(null, "member"),
      open(TODAY, "member"),
      dropped(null, "member"),
    ],
  },
  {
    title: "Gammel rutine",
    at: "2026-11-03T10:00:00.000Z",
    lifecycle: { supersededBy: "Ny rutine" },
    reviewDate: "2027-01-12",
    actions: [open(LONG_AGO, "member"), done(LONG_AGO, "leader"), open(YESTERDAY, "admin")],
  },
  {
    title: "Parkering",
    at: "2026-11-04T10:00:00.000Z",
    lifecycle: "revoked",
    reviewDate: "2027-01-13",
    actions: [done(LONG_AGO, "admin"), open(YESTERDAY, "member")],
  },
  {
    title: "Kantine",
    at: "2026-11-04T11:00:00.000Z",
    lifecycle: "revoked",
    actions: [done(TODAY, "admin"), dropped(null)],
  },
  {
    title: "Barnehage",
    at: "2026-11-05T10:00:00.000Z",
    lifecycle: "under_review",
    reviewDate: "2027-01-14",
    actions: [
      open(YESTERDAY, "leader"),
      open(LONG_AGO, "admin"),
      done(TODAY, "admin"),
      dropped(null, "member"),
      done(LATER, "member"),
      dropped(LONG_AGO, "member"),
      open(TOMORROW, "admin"),
    ],
  },
  {
    title: "Ny rutine",
    at: "2026-11-10T10:00:00.000Z",
    lifecycle: "in_effect",
    actions: [done(LATER, "member"), dropped(LONG_AGO, "leader")],
  },
  {
    title: "Kulturhus",
    at: MID,
    lifecycle: "in_effect",
    reviewDate: "2027-01-15",
    actions: [done(TODAY, "admin")],
  },
  {
    title: "Idrettshall",
    at: MID,
    lifecycle: "under_review",
    actions: [done(null, "member"), done(TOMORROW, "leader")],
  },
  { title: "Ingen tiltak", at: "2026-11-14T10:00:00.000Z", lifecycle: "in_effect", actions: [] },
  {
    title: "Bare droppet",
    at: "2026-11-15T10:00:00.000Z",
    lifecycle: "in_effect",
    actions: [dropped(null, "admin"), dropped(LATER, "member")],
  },
  {
    title: "Halvveis",
    at: "2026-11-16T10:00:00.000Z",
    lifecycle: "in_effect",
    actions: [done(TODAY, "member"), open(TOMORROW, "member"), open(LONG_AGO, "leader")],
  },
  {
    title: "Helt åpen",
    at: "2026-11-17T10:00:00.000Z",
    lifecycle: "under_review",
    actions: [open(null, "leader"), open(LATER, "member")],
  },
];

/** Another organisation's overdue and carried-out actions, which no list of ours may show. */
const NEIGHBOURS: readonly SeedDecision[] = [
  {
    title: "Nabosamarbeid",
    at: EARLY,
    lifecycle: "in_effect",
    reviewDate: "2027-01-16",
    actions: [open(LONG_AGO, "admin"), open(null, "admin")],
  },
  { title: "Felles brannvesen", at: MID, lifecycle: "in_effect", actions: [done(TODAY, "admin")] },
];

/** One action as stored, with what the rules need of its decision. */
interface ActionFact {
  id: string;
  what: string;
  decisionId: string;
  organisationId: string;
  decisionStatus: DecisionStatus;
  decidedAt: string;
  position: number;
  status: ActionStatus;
  dueDate: string | null;
  ownerUserId: string | null;
}

interface DecisionFact {
  id: string;
  title: string;
  organisationId: string;
  outcome: string;
  status: DecisionStatus;
  decidedAt: string;
  reviewDate: string | null;
  actionStatuses: ActionStatus[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where core's comparison ties, a list keeps the decision's own order: the older decision
 * first (the id between two taken at the same instant), then the action's place in it.
 */
function inDecisionOrder(a: ActionFact, b: ActionFact): number {
  return (
    compareText(a.decidedAt, b.decidedAt) ||
    compareText(a.decisionId, b.decisionId) ||
    a.position - b.position
  );
}

/** Core's order of a person's list; Array.prototype.sort is stable, so ties keep the above. */
function inListOrder(facts: readonly ActionFact[]): ActionFact[] {
  return [...facts].sort(inDecisionOrder).sort(compareMyActions);
}

function expectedMine(facts: readonly ActionFact[], organisationId: string, userId: string) {
  return inListOrder(
    facts.filter((fact) => fact.organisationId === organisationId && fact.ownerUserId === userId),
  );
}

/** Longest overdue first is core's list order: overdue actions are all open and dated. */
function expectedOverdue(facts: readonly ActionFact[], organisationId: string, today: string) {
  return inListOrder(
    facts.filter((fact) => fact.organisationId === organisationId && isOverdue(fact, today)),
  );
}

/** Newest first, the id between two taken at the same instant; only the first few are shown. */
function expectedCelebrations(decisions: readonly DecisionFact[], organisationId: string) {
  return decisions
    .filter(
      (decision) =>
        decision.organisationId === organisationId &&
        decision.outcome === "decided" &&
        isDecisionLive(decision.status) &&
        actionsCarriedOut(decision.actionStatuses),
    )
    .sort((a, b) => compareText(b.decidedAt, a.decidedAt) || compareText(b.id, a.id))
    .slice(0, MAX_CELEBRATIONS);
}

/** What a fact is to isOverdue: its status, its due day against today, its decision's life. */
function overdueCase(fact: ActionFact, today: string): string {
  const due =
    fact.dueDate === null
      ? "undated"
      : fact.dueDate < today
        ? "past"
        : fact.dueDate === today
          ? "today"
          : "future";
  return `${fact.status} ${due} ${isDecisionLive(fact.decisionStatus) ? "live" : "ended"}`;
}

/** What a decision is to actionsCarriedOut: the statuses its actions have, and its life. */
function carriedOutCase(decision: DecisionFact): string {
  const statuses = [...new Set(decision.actionStatuses)].sort().join("+") || "none";
  return `${statuses} ${isDecisionLive(decision.status) ? "live" : "ended"}`;
}

/** How neighbours in a list tie under compareMyActions, and so which tie-break orders them. */
function tieCases(list: readonly ActionFact[]): string[] {
  return list.flatMap((fact, index) => {
    const before = list[index - 1];
    if (before === undefined || compareMyActions(before, fact) !== 0) return [];
    const group = fact.status === "open" ? "open" : "closed";
    if (before.decisionId === fact.decisionId) return [`${group}, in one decision`];
    if (before.decidedAt === fact.decidedAt) return [`${group}, decisions taken at one instant`];
    return [`${group}, decisions taken one after the other`];
  });
}

/** The members an organisation's actions may be linked to; its admin follows them up. */
interface Owners {
  organisationId: string;
  people: { admin: Person } & Partial<Record<OwnerKey, Person>>;
}

/** How an action the meeting gave (open) gets to its seeded status. */
const STATUS_CHANGES: Record<ActionStatus, object | undefined> = {
  open: undefined,
  done: { status: "done" },
  dropped: { status: "dropped", reason: "Ikke nødvendig" },
};

function expectOk<T>(response: TestResponse<T>): T {
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body;
}

describe.each(backends)("the lists' SQL against core's rules on $kind", (backend) => {
  let t: TestApp;
  let team: Team<"member" | "leader">;
  let neighbours: Team<never>;
  let facts: ActionFact[];
  let decisions: DecisionFact[];

  beforeEach(async () => {
    t = await createTestApp(backend);
    team = await buildTeam(t, ["member", "leader"]);
    neighbours = await buildTeam(t, [], "Nabokommune");
    await seed(ours(), DECISIONS);
    await seed(theirs(), NEIGHBOURS);
    facts = await actionFacts();
    decisions = await decisionFacts(facts);
    expect(facts).toHaveLength([...DECISIONS, ...NEIGHBOURS].flatMap((d) => d.actions).length);
  });
  afterEach(() => t.close());

  const ours = (): Owners & { people: Record<OwnerKey, Person> } => ({
    organisationId: team.organisationId,
    people: { admin: team.admin, member: team.members.member, leader: team.members.leader },
  });
  const theirs = (): Owners => ({
    organisationId: neighbours.organisationId,
    people: { admin: neighbours.admin },
  });
  const orgUrl = () => `/api/orgs/${team.organisationId}`;

  /**
   * Writes the decisions as the session runtime does, then follows them up through the API: the
   * meeting gives each action its due day (some already past), a manager links owners, the
   * actions are ticked off or dropped, and decisions go under review, are superseded or revoked.
   */
  async function seed({ organisationId, people }: Owners, seeded: readonly SeedDecision[]) {
    const admin = people.admin.client;
    const ids = new Map<string, string>();
    for (const decision of seeded) {
      const { decisionId } = await insertOrgDecision(
        t.storage.db,
        organisationId,
        people.admin.userId,
        {
          title: decision.title,
          at: decision.at,
          reviewDate: decision.reviewDate ?? null,
          actions: decision.actions.map((action, index) => ({
            // Unique, so the lists are compared by it: a failure's diff reads, where ids do not.
            what: `${decision.title} ${index}`,
            owner: "Gruppa",
            dueDate: action.dueDate,
          })),
        },
      );
      ids.set(decision.title, decisionId);
      const stored = expectOk(
        await admin.get<DecisionActionsResponse>(`/api/decisions/${decisionId}/actions`),
      ).actions;
      for (const [index, action] of decision.actions.entries()) {
        const url = `/api/actions/${stored[index]?.id}`;
        const owner = action.owner && people[action.owner];
        if (owner) expectOk(await admin.patch(url, { ownerUserId: owner.userId }));
        const change = STATUS_CHANGES[action.status];
        if (change) expectOk(await admin.post(`${url}/status`, change));
      }
    }
    for (const decision of seeded) {
      const { lifecycle } = decision;
      if (lifecycle === "in_effect") continue;
      const change =
        typeof lifecycle === "object"
          ? { status: "superseded", supersededBy: ids.get(lifecycle.supersededBy) }
          : lifecycle === "revoked"
            ? { status: "revoked", reason: "Ikke lenger aktuelt" }
            : { status: lifecycle };
      expectOk(await admin.post(`/api/decisions/${ids.get(decision.title)}/status`, change));
    }
  }

  /** Every action row as stored, unfiltered and unordered: what core's rules are applied to. */
  async function actionFacts(): Promise<ActionFact[]> {
    return t.storage.db
      .selectFrom("decision_actions as a")
      .innerJoin("decisions as d", "d.id", "a.decision_id")
      .select([
        "a.id",
        "a.what",
        "a.decision_id as decisionId",
        "d.organisation_id as organisationId",
        "d.status as decisionStatus",
        "d.decided_at as decidedAt",
        "a.position",
        "a.status",
        "a.due_date as dueDate",
        "a.owner_user_id as ownerUserId",
      ])
      .execute();
  }

  async function decisionFacts(actions: readonly ActionFact[]): Promise<DecisionFact[]> {
    const rows = await t.storage.db
      .selectFrom("decisions")
      .select(["id", "title", "organisation_id", "outcome", "status", "decided_at", "review_date"])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      organisationId: row.organisation_id,
      outcome: row.outcome,
      status: row.status,
      decidedAt: row.decided_at,
      reviewDate: row.review_date,
      actionStatuses: actions
        .filter((action) => action.decisionId === row.id)
        .map((action) => action.status),
    }));
  }

  it("lists each person's actions in compareMyActions order, flagged by isOverdue", async () => {
    const member = expectedMine(facts, team.organisationId, team.members.member.userId);
    // The seed reaches every tie-break, or a wrong one could pass unseen.
    expect(new Set(tieCases(member))).toEqual(
      new Set(
        ["open", "closed"].flatMap((group) => [
          `${group}, in one decision`,
          `${group}, decisions taken at one instant`,
          `${group}, decisions taken one after the other`,
        ]),
      ),
    );
    for (const at of READ_AT) {
      t.clock.setTo(at);
      const today = calendarDay(t.clock.now());
      // Late actions of live and of ended decisions are both listed: only the first are flagged.
      expect(member.map((fact) => overdueCase(fact, today))).toEqual(
        expect.arrayContaining(["open past live", "open past ended"]),
      );
      for (const [key, person] of Object.entries(ours().people)) {
        const mine = expectOk(
          await person.client.get<ActionListResponse>(`${orgUrl()}/actions/mine`),
        );
        expect(
          mine.actions.map((action) => [action.what, action.decisionStatus, action.overdue]),
          `${key}'s actions at ${at}`,
        ).toEqual(
          expectedMine(facts, team.organisationId, person.userId).map((fact) => [
            fact.what,
            fact.decisionStatus,
            isOverdue(fact, today),
          ]),
        );
      }
    }
  });

  it("lists the overdue actions of live decisions, as isOverdue says, longest first", async () => {
    for (const at of READ_AT) {
      t.clock.setTo(at);
      const today = calendarDay(t.clock.now());
      const ourFacts = facts.filter((fact) => fact.organisationId === team.organisationId);
      // The seed reaches every branch of isOverdue, and of the live-decision filter, each day.
      expect([...new Set(ourFacts.map((fact) => overdueCase(fact, today)))]).toEqual(
        expect.arrayContaining([
          "open past live",
          "open today live",
          "open future live",
          "open undated live",
          "done past live",
          "dropped past live",
          "open past ended",
        ]),
      );
      const overdue = expectOk(
        await team.admin.client.get<ActionListResponse>(`${orgUrl()}/actions/overdue`),
      );
      expect(
        overdue.actions.map((action) => action.what),
        `overdue at ${at}`,
      ).toEqual(expectedOverdue(facts, team.organisationId, today).map((fact) => fact.what));
    }
  });

  it("celebrates the newest live decisions whose actions are carried out", async () => {
    const ourDecisions = decisions.filter((d) => d.organisationId === team.organisationId);
    // The seed reaches every branch of actionsCarriedOut, and of the live-decision filter.
    expect([...new Set(ourDecisions.map(carriedOutCase))]).toEqual(
      expect.arrayContaining([
        "none live",
        "open live",
        "dropped live",
        "done+open live",
        "done live",
        "done+dropped live",
        "done+dropped ended",
      ]),
    );
    const expected = expectedCelebrations(decisions, team.organisationId);
    // Two of them were taken at one instant: only the id orders them.
    expect(new Set(expected.map((decision) => decision.decidedAt)).size).toBeLessThan(
      expected.length,
    );
    const celebrated = expectOk(
      await team.admin.client.get<CelebrationList>(`${orgUrl()}/decisions/celebrations`),
    );
    expect(celebrated.decisions.map((decision) => [decision.title, decision.actionsDone])).toEqual(
      expected.map((decision) => [
        decision.title,
        decision.actionStatuses.filter((status) => status === "done").length,
      ]),
    );
  });

  /** Each person's calendar, as a calendar app fetches it: by the feed's address, no login. */
  async function calendarOf(person: Person) {
    const feed = expectOk(await person.client.post<CalendarFeed>("/api/me/calendar-feed"));
    const fetched = await new TestClient(t.app).get<string>(new URL(feed.url).pathname);
    return parseCalendar(expectOk(fetched));
  }

  it("puts each owner's actions in their calendar on pendingDueDate, and live reviews", async () => {
    // The seed reaches every branch of pendingDueDate in the owners' actions: pending, closed,
    // undated, and of an ended decision.
    const owned = facts.filter((fact) => fact.ownerUserId !== null);
    expect([
      ...new Set(
        owned.map((fact) => overdueCase(fact, TODAY).replace(/ (past|today|future) /, " dated ")),
      ),
    ]).toEqual(
      expect.arrayContaining([
        "open dated live",
        "open undated live",
        "done dated live",
        "dropped dated live",
        "open dated ended",
      ]),
    );
    const ourDecisions = decisions.filter((d) => d.organisationId === team.organisationId);
    // Reviews: live and ended decisions with a review day, and live ones without.
    expect([
      ...new Set(
        ourDecisions.map(
          (d) => `${d.reviewDate ? "dated" : "undated"} ${isDecisionLive(d.status)}`,
        ),
      ),
    ]).toEqual(expect.arrayContaining(["dated true", "dated false", "undated true"]));
    const people = ours().people;
    for (const key of ["admin", "member", "leader"] as const) {
      const person = people[key];
      const events = await calendarOf(person);
      const sorted = (pairs: [string, string][]) => pairs.sort(([a], [b]) => compareText(a, b));
      expect(
        sorted(
          events
            .filter((event) => event.uid.startsWith("action-"))
            .map((event) => [event.uid, event.day]),
        ),
        `${key}'s due days`,
      ).toEqual(
        sorted(
          facts.flatMap((fact): [string, string][] => {
            const due = fact.ownerUserId === person.userId ? pendingDueDate(fact) : null;
            return due === null ? [] : [[`action-${fact.id}@samspel`, due]];
          }),
        ),
      );
      // Those who manage decisions hold every review; the others those of decisions they own
      // an action in.
      const answersFor = (decision: DecisionFact) =>
        can(key, "manageDecisions") ||
        facts.some((fact) => fact.decisionId === decision.id && fact.ownerUserId === person.userId);
      expect(
        sorted(
          events
            .filter((event) => event.uid.startsWith("review-"))
            .map((event) => [event.uid, event.day]),
        ),
        `${key}'s reviews`,
      ).toEqual(
        sorted(
          decisions.flatMap((decision): [string, string][] =>
            decision.organisationId === team.organisationId &&
            decision.reviewDate !== null &&
            isDecisionLive(decision.status) &&
            answersFor(decision)
              ? [[`review-${decision.id}@samspel`, decision.reviewDate]]
              : [],
          ),
        ),
      );
    }
  });

  it("filters and counts the register's open actions as countOpenActions does", async () => {
    const ourDecisions = decisions.filter((d) => d.organisationId === team.organisationId);
    // Decisions with open actions and without, live and ended alike.
    expect(
      new Set(
        ourDecisions.map(
          (d) => `${countOpenActions(d.actionStatuses) > 0} ${isDecisionLive(d.status)}`,
        ),
      ),
    ).toEqual(new Set(["true true", "false true", "true false", "false false"]));
    const register = async (query: string) =>
      expectOk(
        await team.members.member.client.get<RegisterPageResponse>(
          `${orgUrl()}/decisions/register?limit=100${query}`,
        ),
      ).decisions.map((entry) => [entry.title, entry.openActions]);
    const expected = (keep: (open: number) => boolean) =>
      [...ourDecisions]
        .sort((a, b) => compareText(b.decidedAt, a.decidedAt) || compareText(b.id, a.id))
        .map((d): [string, number] => [d.title, countOpenActions(d.actionStatuses)])
        .filter(([, open]) => keep(open));
    expect(await register("")).toEqual(expected(() => true));
    expect(await register("&openActions=true")).toEqual(expected((open) => open > 0));
    expect(await register("&openActions=false")).toEqual(expected((open) => open === 0));
  });
});
