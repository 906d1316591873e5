import { fetchSessions } from "../api/sessions";
import { useResource } from "../lib/use-resource";

/**
 * A session's join code, for the console and the wall. It comes from the organisation's session
 * list: the live state does not carry it (participants need not see it).
 */
export function useJoinCode(orgId: string | undefined, sessionId: string): string | undefined {
  const list = useResource(`sessions:${orgId ?? ""}`, (signal) =>
    orgId ? fetchSessions(orgId, signal) : Promise.resolve([]),
  );
  return list.status === "ready" ? list.data.find((s) => s.id === sessionId)?.joinCode : undefined;
}
