import { useCallback, useEffect, useState } from "react";

export type Resource<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: unknown };

/**
 * Loads `load` when `key` changes and offers `reload`. An answer for an old key is dropped, so
 * switching organisations quickly never shows the previous one's members under the new name.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> & { reload: () => void; set: (data: T) => void } {
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>({
    key,
    resource: { status: "loading" },
  });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure every render; `key` names what it loads.
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: "ready", data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const set = useCallback(
    (data: T) => setState({ key, resource: { status: "ready", data } }),
    [key],
  );
  const resource: Resource<T> = state.key === key ? state.resource : { status: "loading" };
  return { ...resource, reload, set };
}
