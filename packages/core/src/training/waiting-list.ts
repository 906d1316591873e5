/**
 * A cohort's places and its waiting list. Pure: the server loads a cohort's enrolments inside a
 * locked transaction, asks `settleCohort` what must change, and writes exactly that.
 *
 * A place is held by an `enrolled` trainee, a `completed` one, or a pending `offered` one (an
 * offer reserves the place until it is answered or lapses). Everyone else queues or has left.
 */
export const ENROLMENT_STATUSES = [
  "enrolled",
  "waiting",
  "offered",
  "withdrawn",
  "declined",
  /** An offer not answered before it expired: the place went on to the next in line. */
  "lapsed",
  "completed",
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** How long a freed place is held for the first person waiting: three days, weekends included. */
export const OFFER_VALID_HOURS = 72;

export interface QueuedEnrolment {
  id: string;
  status: EnrolmentStatus;
  /** Order of signing up within the cohort; the waiting list keeps it. */
  position: number;
  /** ISO instant; set while `offered`. */
  offerExpiresAt: string | null;
}

export type EnrolmentChange =
  | { id: string; status: "lapsed" }
  | { id: string; status: "offered"; offerExpiresAt: string };

const HOLDS_A_PLACE: ReadonlySet<EnrolmentStatus> = new Set(["enrolled", "offered", "completed"]);

export function holdsPlace(status: EnrolmentStatus): boolean {
  return HOLDS_A_PLACE.has(status);
}

export function placesTaken(enrolments: readonly Pick<QueuedEnrolment, "status">[]): number {
  return enrolments.filter((enrolment) => holdsPlace(enrolment.status)).length;
}

/**
 * Where a new sign-up lands. A new sign-up never jumps an open offer or the queue: while
 * anyone waits, newcomers wait behind them even if a place happens to be free this instant.
 */
export function placeForSignUp(
  capacity: number,
  enrolments: readonly Pick<QueuedEnrolment, "status">[],
): "enrolled" | "waiting" {
  const queued = enrolments.some((enrolment) => enrolment.status === "waiting");
  return !queued && placesTaken(enrolments) < capacity ? "enrolled" : "waiting";
}

/** The waiting list in the order places are offered: first signed up, first offered. */
export function waitingList<T extends QueuedEnrolment>(enrolments: readonly T[]): T[] {
  return enrolments
    .filter((enrolment) => enrolment.status === "waiting")
    .sort((a, b) => a.position - b.position);
}

/**
 * Lazily brings a cohort up to `now`: offers whose time ran out lapse, and every free place is
 * offered to the next person waiting, with an expiry. Run on every read and write of a cohort,
 * so no background timer is needed: whoever looks next sees the state the clock implies.
 *
 * Lapsing happens once per call, at `now`; an offer made here expires OFFER_VALID_HOURS later,
 * so a chain of lapses that would have happened while nobody looked is not replayed. The person
 * next in line gets the full offer period from the moment the system noticed, which is fairer
 * to them than an offer that is already half gone.
 */
export function settleCohort(
  capacity: number,
  enrolments: readonly QueuedEnrolment[],
  now: Date,
): EnrolmentChange[] {
  const changes: EnrolmentChange[] = [];
  const statuses = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment.status]));
  for (const enrolment of enrolments) {
    if (
      enrolment.status === "offered" &&
      enrolment.offerExpiresAt !== null &&
      Date.parse(enrolment.offerExpiresAt) <= now.getTime()
    ) {
      changes.push({ id: enrolment.id, status: "lapsed" });
      statuses.set(enrolment.id, "lapsed");
    }
  }
  let free = capacity - [...statuses.values()].filter(holdsPlace).length;
  const expiresAt = new Date(now.getTime() + OFFER_VALID_HOURS * 3_600_000).toISOString();
  for (const next of waitingList(enrolments)) {
    if (free <= 0) break;
    changes.push({ id: next.id, status: "offered", offerExpiresAt: expiresAt });
    free -= 1;
  }
  return changes;
}

/** What a trainee's answer to an offer does; a lapsed or absent offer cannot be answered. */
export function answerOffer(
  enrolment: Pick<QueuedEnrolment, "status" | "offerExpiresAt">,
  answer: "accept" | "decline",
  now: Date,
): { status: "enrolled" | "declined" } | { error: "offer_not_open" } {
  const open =
    enrolment.status === "offered" &&
    enrolment.offerExpiresAt !== null &&
    Date.parse(enrolment.offerExpiresAt) > now.getTime();
  if (!open) return { error: "offer_not_open" };
  return { status: answer === "accept" ? "enrolled" : "declined" };
}

/** Withdrawing is possible from any state that still counts: a place, a queue slot or an offer. */
export function canWithdraw(status: EnrolmentStatus): boolean {
  return status === "enrolled" || status === "waiting" || status === "offered";
}
