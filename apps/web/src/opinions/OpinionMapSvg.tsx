import type { OpinionMapView } from "@samspel/core";
import { useSessionT } from "../components/SessionLanguage";
import { groupCentres, groupName, MAP_SIZE, placeDots } from "./map-layout";

/**
 * The map: a dot per participant, coloured by group, the group's letter at its middle. Each dot
 * is keyed by its id and moved with a CSS transform, so a recompute animates people to their
 * new places instead of redrawing the picture. No names unless the map carries them.
 */
export function OpinionMapSvg({ map, large = false }: { map: OpinionMapView; large?: boolean }) {
  const { t } = useSessionT();
  const dots = placeDots(map);
  const centres = groupCentres(dots, map.groups.length);
  return (
    <svg
      className={large ? "opinion-map opinion-map-large" : "opinion-map"}
      viewBox={`0 0 ${MAP_SIZE} ${MAP_SIZE}`}
      role="img"
      aria-label={t("opinions.map.label")}
      data-testid="opinion-map"
    >
      <line className="opinion-axis" x1={MAP_SIZE / 2} y1={2} x2={MAP_SIZE / 2} y2={MAP_SIZE - 2} />
      <line className="opinion-axis" x1={2} y1={MAP_SIZE / 2} x2={MAP_SIZE - 2} y2={MAP_SIZE / 2} />
      {dots.map((dot) => (
        <g
          key={dot.id}
          className={`opinion-dot opinion-group-${dot.group}`}
          style={{ transform: `translate(${dot.x}px, ${dot.y}px)` }}
        >
          <circle r={large ? 1.8 : 2.2} />
        </g>
      ))}
      {centres.map((centre, group) => (
        <text
          // Groups are numbered 0..k-1 in every map: the index is the group.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the group's identity
          key={group}
          className={`opinion-group-label opinion-group-${group}`}
          style={{ transform: `translate(${centre.x}px, ${centre.y - 5}px)` }}
          textAnchor="middle"
        >
          {groupName(group)}
        </text>
      ))}
      {dots
        .filter((dot) => dot.name)
        .map((dot) => (
          // Drawn last, over the group letters, with a halo: a name under a letter is unreadable.
          <g
            key={`${dot.id}-name`}
            className="opinion-dot-name"
            style={{ transform: `translate(${dot.x}px, ${dot.y}px)` }}
          >
            <text
              className="opinion-name"
              // Near the right edge the name goes to the left of its dot, so it is not cut off.
              x={dot.x > MAP_SIZE * 0.75 ? -3 : 3}
              y={1}
              textAnchor={dot.x > MAP_SIZE * 0.75 ? "end" : "start"}
            >
              {dot.name}
            </text>
          </g>
        ))}
    </svg>
  );
}
