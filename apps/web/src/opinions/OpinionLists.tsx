import type { OpinionMapView, SessionState } from "@samspel/core";
import type { ReactNode } from "react";
import { useSessionT } from "../components/SessionLanguage";
import { groupName, percent } from "./map-layout";

type CommonEntry = OpinionMapView["commonGround"][number];

/** A statement's text as this viewer has it (the map names statements by id only). */
function textOf(state: SessionState, statementId: string): string {
  return state.statements[statementId]?.text ?? "…";
}

/** Each group's size and the statements that set it apart. */
export function GroupList({ map, state }: { map: OpinionMapView; state: SessionState }) {
  const { t } = useSessionT();
  return (
    <section className="stack" aria-labelledby="opinion-groups-title">
      <h3 id="opinion-groups-title">{t("opinions.lists.groupsTitle")}</h3>
      <ul className="opinion-groups">
        {map.groups.map((group, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the group's identity
          <li key={index} className="opinion-group-card" data-testid="opinion-group">
            <p className="opinion-group-head">
              <span className={`opinion-swatch opinion-group-${index}`} aria-hidden="true" />
              <strong>{t("opinions.map.group", { name: groupName(index) })}</strong>
              <span className="muted">{t("opinions.map.people", { count: group.size })}</span>
            </p>
            <ul className="opinion-statements">
              {group.representative.slice(0, 3).map((r) => (
                <li key={r.statementId}>
                  <span>{textOf(state, r.statementId)}</span>{" "}
                  <span className={`badge opinion-side-${r.side}`}>
                    {t(r.side === "agree" ? "opinions.lists.agreed" : "opinions.lists.disagreed", {
                      percent: percent(r.probability),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Statements every group agrees with; `actions` adds the facilitator's buttons to each. */
export function CommonGroundList({
  map,
  state,
  actions,
}: {
  map: OpinionMapView;
  state: SessionState;
  actions?: (entry: CommonEntry) => ReactNode;
}) {
  const { t } = useSessionT();
  return (
    <section className="stack" aria-labelledby="opinion-common-title" data-testid="common-ground">
      <h3 id="opinion-common-title">{t("opinions.lists.commonTitle")}</h3>
      <p className="muted">{t("opinions.lists.commonHint")}</p>
      {map.commonGround.length === 0 ? (
        <p className="muted">{t("opinions.lists.commonEmpty")}</p>
      ) : (
        <ul className="opinion-statements">
          {map.commonGround.map((entry) => (
            <li key={entry.statementId} className="opinion-common">
              <span className="opinion-text">{textOf(state, entry.statementId)}</span>
              <ByGroup values={entry.agreeByGroup} />
              {actions?.(entry)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Statements some group agrees with and another rejects. */
export function DivisiveList({ map, state }: { map: OpinionMapView; state: SessionState }) {
  const { t } = useSessionT();
  return (
    <section className="stack" aria-labelledby="opinion-divisive-title" data-testid="divisive">
      <h3 id="opinion-divisive-title">{t("opinions.lists.divisiveTitle")}</h3>
      {map.divisive.length === 0 ? (
        <p className="muted">{t("opinions.lists.divisiveEmpty")}</p>
      ) : (
        <ul className="opinion-statements">
          {map.divisive.map((entry) => (
            <li key={entry.statementId}>
              <span className="opinion-text">{textOf(state, entry.statementId)}</span>
              <ByGroup values={entry.agreeByGroup} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One small bar per group: how much of it agrees. */
function ByGroup({ values }: { values: number[] }) {
  const { t } = useSessionT();
  return (
    <span className="opinion-bars" role="img" aria-label={t("opinions.lists.agreeByGroup")}>
      {values.map((value, group) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the group's identity
          key={group}
          className={`opinion-bar opinion-group-${group}`}
          title={`${groupName(group)}: ${percent(value)} %`}
          style={{ height: `${Math.max(8, percent(value))}%` }}
        />
      ))}
    </span>
  );
}
