import { type Certificate, type CertificateView, certificateStatus } from "@samspel/core";
import type { Kysely } from "kysely";
import { newId } from "../accounts/tokens.js";
import type { Database } from "../storage/schema.js";

function certificateQuery(db: Kysely<Database>) {
  return db
    .selectFrom("certifications")
    .innerJoin("training_programmes", "training_programmes.id", "certifications.programme_id")
    .innerJoin("users", "users.id", "certifications.user_id")
    .select([
      "certifications.id as id",
      "certifications.user_id as userId",
      "users.display_name as displayName",
      "certifications.programme_id as programmeId",
      "training_programmes.name as programmeName",
      "training_programmes.organisation_id as organisationId",
      "certifications.certifying_body as certifyingBody",
      "certifications.certified_on as certifiedOn",
      "certifications.expires_on as expiresOn",
    ])
    .orderBy("certifications.certified_on")
    .orderBy("certifications.id");
}

export type CertificateRow = Awaited<
  ReturnType<ReturnType<typeof certificateQuery>["execute"]>
>[number];

export function toCertificateView(row: CertificateRow, day: string): CertificateView {
  const { organisationId: _owner, ...view } = row;
  return { ...view, status: certificateStatus(row, day) };
}

/** Certificates of these people, from any programme, or only from one organisation's. */
export async function certificatesOf(
  db: Kysely<Database>,
  userIds: readonly string[],
  issuedBy?: string,
): Promise<CertificateRow[]> {
  if (userIds.length === 0) return [];
  return certificateQuery(db)
    .where("certifications.user_id", "in", userIds)
    .$if(issuedBy !== undefined, (qb) =>
      qb.where("training_programmes.organisation_id", "=", issuedBy ?? ""),
    )
    .execute();
}

export async function findCertificate(
  db: Kysely<Database>,
  certificationId: string,
): Promise<CertificateRow | undefined> {
  return certificateQuery(db).where("certifications.id", "=", certificationId).executeTakeFirst();
}

export async function issueCertificate(
  db: Kysely<Database>,
  issue: {
    userId: string;
    programmeId: string;
    certifyingBody: string;
    validity: Certificate;
    renewsId: string | null;
  },
  now: Date,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("certifications")
    .values({
      id,
      user_id: issue.userId,
      programme_id: issue.programmeId,
      certifying_body: issue.certifyingBody,
      certified_on: issue.validity.certifiedOn,
      expires_on: issue.validity.expiresOn,
      renews_id: issue.renewsId,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}
