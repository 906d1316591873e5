import type { ReactNode } from "react";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import type { Resource } from "../../lib/use-resource";

/** A loaded list in its four states: loading, failed (with retry), empty, and its items. */
export function LoadedList<T>({
  list,
  empty,
  children,
}: {
  list: Resource<T[]> & { reload: () => void };
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  if (list.status === "loading") return <Loading />;
  if (list.status === "error") return <LoadError error={list.error} onRetry={list.reload} />;
  if (list.data.length === 0) return <p className="empty">{empty}</p>;
  return <>{children(list.data)}</>;
}
