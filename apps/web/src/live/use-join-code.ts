import { fetchSession } from "../api/sessions";
import { useResource } from "../lib/use-resource";

/**
 * A session's join code, for the console and the wall. It comes from the session's summary: the
 * live state does not carry it (participants need not see it).
 */
export function useJoinCode(sessionId: string): string | undefined {
  const summary = useResource(`session:${sessionId}`, (signal) => fetchSession(sessionId, signal));
  return summary.status === "ready" ? summary.data.joinCode : undefined;
}
