import { useSession } from "./session-context";

/**
 * Whether the signed-in user belongs to the organisation. Someone booked for one of its sessions
 * may open that session's pages without belonging (docs/training.md), and they must not be shown
 * the organisation's own pages, which would only answer "not a member".
 */
export function useIsMember(orgId: string): boolean {
  const { me } = useSession();
  return me?.organisations.some((org) => org.id === orgId) ?? false;
}
