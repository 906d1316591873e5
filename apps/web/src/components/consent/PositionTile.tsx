import type { Position } from "@samspel/core";
import type { ReactNode } from "react";
import { PositionMark } from "./PositionMark";

interface PositionTileProps {
  position: Position;
  reason?: string | null;
  /** The participant's name; absent where the anonymity mode hides who answered. */
  who?: string | null;
  /** What became of it (an objection's test), under the reason. */
  children?: ReactNode;
}

/** One answer in a consent round: the position, its reason, and who gave it where that is shown. */
export function PositionTile({ position, reason, who, children }: PositionTileProps) {
  return (
    <li className={`position-tile position-tile-${position}`} data-testid="position-tile">
      <p className="position-tile-head">
        <PositionMark position={position} />
        {who && <span className="position-tile-who">{who}</span>}
      </p>
      {reason && <p className="position-tile-reason">{reason}</p>}
      {children}
    </li>
  );
}
