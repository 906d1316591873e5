import type { ReactNode } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { loginPathFor } from "../lib/safe-next";
import { useSession } from "../session/session-context";
import { Loading } from "./Loading";

/** Renders `children` for a logged-in user; anyone else goes to log in and comes back here. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (state.status === "loading") return <Loading />;
  if (state.status !== "authenticated") {
    return <Redirect to={loginPathFor(search ? `${location}?${search}` : location)} replace />;
  }
  return children;
}
