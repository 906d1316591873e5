import { useCallback, useState } from "react";

/** A set of ids ticked on and off (checkboxes over a list), with a way back to the start. */
export function useIdSet(initial: () => Iterable<string> = () => []) {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set(initial()));
  const toggle = useCallback(
    (id: string) =>
      setIds((before) => {
        const after = new Set(before);
        if (!after.delete(id)) after.add(id);
        return after;
      }),
    [],
  );
  const clear = useCallback(() => setIds(new Set()), []);
  return { ids, toggle, clear };
}
