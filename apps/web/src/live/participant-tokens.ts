/**
 * A participant's secret token, kept per session so that a reload, a closed tab or a new network
 * keeps the same identity. localStorage, not a cookie: the token is only ever sent in the live
 * `hello`, and a participant has no login session it could be confused with.
 */
const KEY_PREFIX = "samspel.participant.";

export interface StoredParticipant {
  token: string;
  participantId: string;
}

export function readParticipant(sessionId: string): StoredParticipant | null {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + sessionId);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === "object" &&
      value !== null &&
      "token" in value &&
      "participantId" in value &&
      typeof value.token === "string" &&
      typeof value.participantId === "string"
    ) {
      return { token: value.token, participantId: value.participantId };
    }
  } catch {
    // Storage disabled (private mode) or a value we did not write: treat as not joined.
  }
  return null;
}

export function storeParticipant(sessionId: string, participant: StoredParticipant): void {
  try {
    localStorage.setItem(KEY_PREFIX + sessionId, JSON.stringify(participant));
  } catch {
    // Without storage the participant keeps their place until the tab closes.
  }
}

export function forgetParticipant(sessionId: string): void {
  try {
    localStorage.removeItem(KEY_PREFIX + sessionId);
  } catch {
    // Nothing to forget.
  }
}
