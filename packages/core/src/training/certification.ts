/**
 * Certified facilitators. Dates are calendar days (YYYY-MM-DD): a certificate is valid on its
 * expiry day and no longer the day after, whatever the time zone of the reader.
 */
export interface Certificate {
  certifiedOn: string;
  expiresOn: string;
}

export type CertificateStatus = "valid" | "expiring" | "expired" | "not_yet_valid";

/** Renewal is flagged this many days ahead, so a coordinator can book a renewal in time. */
export const EXPIRY_WARNING_DAYS = 60;

export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  // 31 January plus one month is the last day of February, not 3 March.
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDaysTo(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function certificateStatus(certificate: Certificate, on: string): CertificateStatus {
  if (on < certificate.certifiedOn) return "not_yet_valid";
  if (on > certificate.expiresOn) return "expired";
  return addDaysTo(on, EXPIRY_WARNING_DAYS) > certificate.expiresOn ? "expiring" : "valid";
}

/** Valid on every day of a period: a booking needs the certificate for the whole process. */
export function validThroughout(certificate: Certificate, from: string, to: string): boolean {
  return certificate.certifiedOn <= from && to <= certificate.expiresOn;
}

/**
 * A new certificate's validity. A renewal made before expiry continues from the old expiry, so
 * renewing early costs nothing; after expiry it starts from the renewal day.
 */
export function certificateValidity(
  validMonths: number,
  certifiedOn: string,
  renewing?: Certificate,
): Certificate {
  const start =
    renewing && certifiedOn <= renewing.expiresOn ? addDaysTo(renewing.expiresOn, 1) : certifiedOn;
  return { certifiedOn, expiresOn: addDaysTo(addMonths(start, validMonths), -1) };
}
