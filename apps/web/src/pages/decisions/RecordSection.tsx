import { Fragment, type ReactNode, useId } from "react";

/** A titled part of the record; its heading names it for screen readers' landmark lists. */
export function RecordSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A section's entries, each rendered as an `li` by `children`; what the session left empty is
 * said, not left blank.
 */
export function RecordList<T>({
  items,
  empty,
  children,
}: {
  items: T[];
  empty: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="record-list">
      {items.map((item, index) => (
        // A record is written once and never changes, and its entries carry no ids: their
        // place is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Fragment key={index}>{children(item)}</Fragment>
      ))}
    </ul>
  );
}
