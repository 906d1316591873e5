import type { Locale } from "@samspel/core";
import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import { isUniqueViolation } from "../storage/constraints.js";
import type { Database } from "../storage/schema.js";
import { newId } from "./tokens.js";

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
}

export async function createUser(db: Kysely<Database>, user: NewUser, now: Date): Promise<string> {
  const id = newId();
  try {
    await db
      .insertInto("users")
      .values({
        id,
        email: user.email,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        locale: user.locale,
        created_at: now.toISOString(),
      })
      .execute();
  } catch (error) {
    // The UNIQUE index decides, not a prior SELECT: two sign-ups racing for one address must
    // not both win.
    if (isUniqueViolation(error)) {
      throw new AppError(409, "email_taken", "An account with this e-mail address already exists.");
    }
    throw error;
  }
  return id;
}

export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: { displayName?: string | undefined; locale?: Locale | undefined },
): Promise<void> {
  const values = {
    ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
    ...(changes.locale === undefined ? {} : { locale: changes.locale }),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable("users").set(values).where("id", "=", id).execute();
}
