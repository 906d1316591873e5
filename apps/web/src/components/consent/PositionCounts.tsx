import type { Position } from "@samspel/core";
import { positionCounts } from "../../decisions/record-view";
import { PositionMark } from "./PositionMark";

/** How a consent round went at a glance: each position given, with how many gave it. */
export function PositionCounts({
  entries,
  className,
}: {
  entries: Array<{ position?: Position | null }>;
  className?: string;
}) {
  const counts = positionCounts(entries);
  if (counts.length === 0) return null;
  return (
    <p className={className ? `position-counts ${className}` : "position-counts"}>
      {counts.map(({ position, count }) => (
        <span key={position}>
          <PositionMark position={position} /> <span className="position-count">{count}</span>
        </span>
      ))}
    </p>
  );
}
