import type { FlowFacts } from "@samspel/core";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration, formatNumber } from "../format";
import { layoutMap, type MapLayout, nameLines } from "./layout";
import { defaultStep, END, frequencySteps, START, visibleMap } from "./visible-map";

/**
 * The process map: the directly-follows graph laid out automatically, edge width by frequency,
 * labelled with count and median time. The slider hides rare paths, so a 30-activity log starts
 * from its main flow and shows detail on demand.
 */
const LABELLED_EDGES = 16;

function edgeText(edge: { count: number; medianDays: number | null }, language: string): string {
  return edge.medianDays === null
    ? formatNumber(edge.count, language)
    : `${formatNumber(edge.count, language)} · ${formatDuration(edge.medianDays, language)}`;
}

function edgeName(edge: { from: string; to: string }): string {
  const name = (id: string) => (id === START ? "▶" : id === END ? "■" : id);
  return `${name(edge.from)} → ${name(edge.to)}`;
}

export function ProcessMap({ dfg }: { dfg: FlowFacts["dfg"] }) {
  const { t, i18n } = useTranslation();
  const sliderId = useId();
  const steps = useMemo(() => frequencySteps(dfg), [dfg]);
  const [step, setStep] = useState(() => defaultStep(dfg));
  const minCount = steps[Math.min(step, steps.length - 1)] ?? 1;
  const map = useMemo(() => visibleMap(dfg, minCount), [dfg, minCount]);
  const [layout, setLayout] = useState<MapLayout | null>(null);
  const [failed, setFailed] = useState(false);
  const [fit, setFit] = useState(false);
  const viewport = useRef<HTMLDivElement>(null);

  // Cases start at the top; bring that part into view rather than the layout's empty corner.
  useEffect(() => {
    const start = layout?.nodes.find((node) => node.kind === "start");
    const box = viewport.current;
    if (!start || !box || fit) return;
    box.scrollLeft = Math.max(0, start.x - box.clientWidth / 2);
    box.scrollTop = Math.max(0, start.y - 16);
  }, [layout, fit]);
  const language = i18n.language;

  useEffect(() => {
    let current = true;
    // The most followed paths carry their figures on the map; every path has them on hover.
    const labelled = new Set(
      [...map.edges]
        .sort((x, y) => y.count - x.count)
        .slice(0, LABELLED_EDGES)
        .map((edge) => edge.id),
    );
    layoutMap(map, (edge) => (labelled.has(edge.id) ? edgeText(edge, language) : "")).then(
      (placed) => current && setLayout(placed),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [map, language]);

  const maxCount = Math.max(1, ...map.edges.map((edge) => edge.count));
  const activities = map.nodes.filter((node) => node.kind === "activity").length;
  return (
    <div className="stack">
      <div className="field map-slider">
        <label htmlFor={sliderId}>
          {t("flow.map.slider", { count: minCount, formatted: formatNumber(minCount, language) })}
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={steps.length - 1}
          value={step}
          onChange={(event) => setStep(Number(event.target.value))}
          aria-valuetext={t("flow.map.slider", {
            count: minCount,
            formatted: formatNumber(minCount, language),
          })}
        />
        <p className="field-hint" aria-live="polite">
          {t("flow.map.showing", {
            activities,
            totalActivities: dfg.activities.length,
            paths: dfg.edges.length - map.hiddenEdges,
            totalPaths: dfg.edges.length,
          })}
        </p>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={fit}
          onClick={() => setFit((current) => !current)}
        >
          {t("flow.map.fit")}
        </button>
      </div>
      {failed ? (
        <p className="field-error">{t("flow.map.failed")}</p>
      ) : !layout ? (
        <p className="muted">{t("app.loading")}</p>
      ) : (
        <div className="process-map" data-testid="process-map" ref={viewport}>
          <svg
            width={fit ? "100%" : layout.width + 8}
            height={fit ? undefined : layout.height + 8}
            viewBox={`-4 -4 ${layout.width + 8} ${layout.height + 8}`}
            role="img"
            aria-label={t("flow.map.label", {
              activities,
              paths: dfg.edges.length - map.hiddenEdges,
            })}
          >
            <defs>
              <marker
                id="map-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="9"
                markerHeight="9"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className="map-arrow" />
              </marker>
            </defs>
            {layout.edges.map((edge) => (
              <g key={edge.id} className="map-edge">
                <title>{`${edgeName(edge)}: ${edgeText(edge, language)}`}</title>
                <polyline
                  points={edge.points.map((point) => `${point.x},${point.y}`).join(" ")}
                  strokeWidth={1 + 5 * Math.sqrt(edge.count / maxCount)}
                  markerEnd="url(#map-arrow)"
                />
                {edge.label && (
                  <text x={edge.label.x} y={edge.label.y} className="map-edge-label">
                    {edge.label.text}
                  </text>
                )}
              </g>
            ))}
            {layout.nodes.map((node) =>
              node.kind === "activity" ? (
                <g key={node.id} className="map-node" transform={`translate(${node.x},${node.y})`}>
                  <rect width={node.width} height={node.height} rx={8} />
                  <title>{node.label}</title>
                  {nameLines(node.label).map((line, index) => (
                    <text
                      key={line}
                      x={node.width / 2}
                      y={18 + index * 16}
                      className="map-node-name"
                    >
                      {line}
                    </text>
                  ))}
                  <text x={node.width / 2} y={52} className="map-node-count">
                    {formatNumber(node.count, language)}
                  </text>
                </g>
              ) : (
                <g
                  key={node.id}
                  className={`map-marker map-${node.kind}`}
                  transform={`translate(${node.x},${node.y})`}
                >
                  <circle cx={node.width / 2} cy={node.height / 2} r={node.width / 2 - 1} />
                  <title>{t(node.kind === "start" ? "flow.map.start" : "flow.map.end")}</title>
                </g>
              ),
            )}
          </svg>
        </div>
      )}
    </div>
  );
}
