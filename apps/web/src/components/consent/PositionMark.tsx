import type { Position } from "@samspel/core";
import { useSessionT } from "../SessionLanguage";

/**
 * A position as an icon and its word, never colour alone: a projector washes colours out and
 * some readers cannot tell red from green. The icon is decoration; the word carries the meaning.
 */
export function PositionMark({ position }: { position: Position }) {
  const { t } = useSessionT();
  return (
    <span className={`position position-${position}`} data-position={position}>
      <PositionIcon position={position} />
      <span>{t(`decisions.positions.${position}`)}</span>
    </span>
  );
}

// 24×24 strokes: a tick (consent), a tick with a note (concern), a no-entry sign (objection),
// an arrow stepping out past a line (stand aside).
const PATHS: Record<Position, string> = {
  consent: "M4 12.5l5 5L20 6.5",
  concern: "M3 12.5l4.5 4.5L15 9.5M19 5v8M19 17.5v.5",
  objection: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M7 12h10",
  stand_aside: "M3 12h11M10 7l5 5-5 5M20 4v16",
};

function PositionIcon({ position }: { position: Position }) {
  return (
    <svg
      className="position-icon"
      viewBox="0 0 24 24"
      width="1.1em"
      height="1.1em"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[position]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
