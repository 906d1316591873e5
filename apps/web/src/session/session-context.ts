import type { Me } from "@samspel/core";
import { createContext, useContext } from "react";

export type SessionState =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "unreachable"; error: unknown }
  | { status: "authenticated"; me: Me };

export interface Session {
  state: SessionState;
  /** The signed-in user, or null while loading or logged out. */
  me: Me | null;
  /** A session began (log in, sign up, accepted invitation): adopt it and its saved language. */
  establish: (me: Me) => void;
  /** A fresher copy of the same session, e.g. after a rename; leaves the language alone. */
  replace: (me: Me) => void;
  /** Re-reads `me` from the server, e.g. after creating an organisation. */
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  /** Retries the start-up load after the server could not be reached. */
  retry: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside <SessionProvider>");
  return session;
}

/** For pages behind <RequireLogin>, where a user is guaranteed. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe outside <RequireLogin>");
  return me;
}
