import type { Me } from "@samspel/core";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import * as api from "../api/accounts";
import { ApiError, onUnauthenticated, setCsrfToken } from "../api/client";
import { applyLocale } from "../i18n/setup";
import { type Session, SessionContext, type SessionState } from "./session-context";

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  const establish = useCallback((me: Me) => {
    setState({ status: "authenticated", me });
    void applyLocale(me.user.locale);
  }, []);

  const replace = useCallback((me: Me) => setState({ status: "authenticated", me }), []);

  const forget = useCallback(() => {
    setCsrfToken(null);
    setState({ status: "anonymous" });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let cancelled = false;
    api.fetchMe().then(
      (me) => {
        if (!cancelled) establish(me);
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        else setState({ status: "unreachable", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, establish, forget]);

  // A session that ends elsewhere (expiry, logout in another tab) ends here at the next request.
  useEffect(() => onUnauthenticated(forget), [forget]);

  const refresh = useCallback(async () => {
    replace(await api.fetchMe());
  }, [replace]);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // Already logged out on the server is the outcome we wanted.
      if (!(error instanceof ApiError && error.code === "unauthenticated")) throw error;
    }
    forget();
  }, [forget]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const session = useMemo<Session>(
    () => ({
      state,
      me: state.status === "authenticated" ? state.me : null,
      establish,
      replace,
      refresh,
      logout,
      retry,
    }),
    [state, establish, replace, refresh, logout, retry],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
