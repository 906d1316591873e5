import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends, type TestStorage } from "../test-support/backends.js";
import { isUniqueViolation } from "./constraints.js";
import { migrateToLatest, openStorage } from "./database.js";
import type { Database } from "./schema.js";

const TABLES = [
  "action_comments",
  "agenda_templates",
  "availability_windows",
  "booking_people",
  "booking_requests",
  "calendar_feeds",
  "certifications",
  "cohort_enrolments",
  "cohort_gatherings",
  "cohort_staff",
  "customer_scores",
  "decision_actions",
  "decision_effects",
  "decision_facilitators",
  "decision_public_links",
  "decisions",
  "event_logs",
  "facilitator_profiles",
  "gathering_attendance",
  "invitations",
  "login_sessions",
  "memberships",
  "organisation_methods",
  "organisations",
  "partnership_codes",
  "practice_processes",
  "preparation_materials",
  "process_sessions",
  "processes",
  "programme_partners",
  "session_events",
  "session_facilitators",
  "session_feedback",
  "session_invitation_perspectives",
  "session_invitations",
  "session_participants",
  "session_perspectives",
  "session_preparations",
  "session_reflections",
  "sessions",
  "training_cohorts",
  "training_programmes",
  "users",
];
const NOW = "2026-11-23T09:00:00.000Z";

/** Our tables as the database itself lists them, in our schema only, without Kysely's own. */
/** The register's FTS5 index and the shadow tables FTS5 keeps it in (SQLite only). */
const SQLITE_SEARCH_TABLES = [
  "decisions_search",
  "decisions_search_config",
  "decisions_search_data",
  "decisions_search_docsize",
  "decisions_search_idx",
];

async function tableNames(storage: TestStorage): Promise<string[]> {
  const tables = await storage.db.introspection.getTables();
  return tables
    .filter((table) => storage.kind === "sqlite" || table.schema === storage.postgresSchema)
    .map((table) => table.name)
    .sort();
}

function userRow(id: string, email: string): Database["users"] {
  return {
    id,
    email,
    display_name: id,
    password_hash: "unusable",
    locale: "en",
    created_at: NOW,
  };
}

/** The error a write fails with, or undefined when it succeeds. */
function failureOf(write: Promise<unknown>): Promise<unknown> {
  return write.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe.each(backends)("storage contract on $kind", (backend) => {
  let storage: TestStorage;
  afterEach(() => storage.dispose());

  describe("migrations", () => {
    beforeEach(async () => {
      storage = await backend.open({ migrate: false });
    });

    it("create every table, and a second run applies nothing", async () => {
      expect(await tableNames(storage)).toEqual([]);
      expect(await migrateToLatest(storage)).toEqual([
        "2026-11-23T00:00:00.000Z_accounts",
        "2026-11-24T00:00:00.000Z_sessions",
        "2026-11-25T00:00:00.000Z_processes",
        "2026-11-25T01:00:00.000Z_decisions",
        "2026-11-26T00:00:00.000Z_decision_effects",
        "2026-11-26T01:00:00.000Z_decision_register",
        "2026-11-26T02:00:00.000Z_session_reflections",
        "2026-11-26T03:00:00.000Z_process_sessions",
        "2026-11-27T00:00:00.000Z_action_tracking",
        "2026-11-27T01:00:00.000Z_decision_public_links",
        "2026-11-27T02:00:00.000Z_methods",
        "2026-11-27T03:00:00.000Z_training",
        "2026-11-27T04:00:00.000Z_facilitator_pool",
        "2026-11-27T06:00:00.000Z_session_preparation",
        "2026-11-27T07:00:00.000Z_session_templates",
        "2026-11-27T08:00:00.000Z_training_followups",
        "2026-11-27T09:00:00.000Z_session_facilitators",
      ]);
      const tables =
        storage.kind === "sqlite" ? [...TABLES, ...SQLITE_SEARCH_TABLES].sort() : TABLES;
      expect(await tableNames(storage)).toEqual(tables);
      expect(await migrateToLatest(storage)).toEqual([]);
      expect(await tableNames(storage)).toEqual(tables);
    });
  });

  describe("constraints", () => {
    beforeEach(async () => {
      storage = await backend.open();
    });

    it("enforces one account per e-mail, recognised as a unique violation", async () => {
      await storage.db.insertInto("users").values(userRow("u1", "kari@kommune.no")).execute();
      const error = await failureOf(
        storage.db.insertInto("users").values(userRow("u2", "kari@kommune.no")).execute(),
      );
      expect(error).toBeDefined();
      expect(isUniqueViolation(error)).toBe(true);
      const rows = await storage.db.selectFrom("users").select("id").execute();
      expect(rows).toEqual([{ id: "u1" }]);
    });

    it("does not mistake another failure for a unique violation", async () => {
      const error = await failureOf(
        storage.db
          .insertInto("memberships")
          .values({
            organisation_id: "nowhere",
            user_id: "nobody",
            role: "member",
            created_at: NOW,
          })
          .execute(),
      );
      // A foreign key violation: SQLite enforces them only with the pragma we set on open.
      expect(error).toBeDefined();
      expect(isUniqueViolation(error)).toBe(false);
    });

    it("deletes an organisation's memberships and invitations with it", async () => {
      const db = storage.db;
      await db.insertInto("users").values(userRow("u1", "kari@kommune.no")).execute();
      for (const id of ["o1", "o2"]) {
        await db.insertInto("organisations").values({ id, name: id, created_at: NOW }).execute();
        await db
          .insertInto("memberships")
          .values({ organisation_id: id, user_id: "u1", role: "admin", created_at: NOW })
          .execute();
        await db
          .insertInto("invitations")
          .values({
            id: `i-${id}`,
            organisation_id: id,
            email: "ola@kommune.no",
            role: "member",
            token_hash: `hash-${id}`,
            invited_by: "u1",
            created_at: NOW,
            expires_at: NOW,
            accepted_at: null,
            accepted_by: null,
            revoked_at: null,
          })
          .execute();
      }
      await db
        .insertInto("login_sessions")
        .values({
          id: "s1",
          user_id: "u1",
          csrf_token: "csrf",
          active_organisation_id: "o1",
          created_at: NOW,
          expires_at: NOW,
        })
        .execute();

      await db.deleteFrom("organisations").where("id", "=", "o1").execute();

      const memberships = await db.selectFrom("memberships").select("organisation_id").execute();
      expect(memberships).toEqual([{ organisation_id: "o2" }]);
      const invitations = await db.selectFrom("invitations").select("id").execute();
      expect(invitations).toEqual([{ id: "i-o2" }]);
      // The login survives; it just no longer points at the organisation.
      const session = await db
        .selectFrom("login_sessions")
        .select("active_organisation_id")
        .executeTakeFirstOrThrow();
      expect(session.active_organisation_id).toBeNull();
    });
  });
});

describe("SQLite storage", () => {
  it("keeps its file in DATA_DIR/samspel.db, in WAL mode, creating the folder", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "samspel-data-"));
    const dataDir = path.join(parent, "not-yet-there");
    const storage = openStorage({ dataDir });
    try {
      await migrateToLatest(storage);
      expect(existsSync(path.join(dataDir, "samspel.db"))).toBe(true);
      const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(storage.db);
      expect(rows).toEqual([{ journal_mode: "wal" }]);
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(
        storage.db,
      );
      expect(foreignKeys.rows).toEqual([{ foreign_keys: 1 }]);
    } finally {
      await storage.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
