import {
  type Contribution,
  getById,
  MAX_GROUP_NAME,
  type SessionCommand,
  type SessionState,
  type Step,
  ungroupedReflections,
} from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchGroupSuggestions } from "../../../api/group-suggestions";
import { ErrorAlert } from "../../../components/Alert";
import { errorMessage } from "../../../lib/error-message";
import { useCommand } from "../../../live/use-command";

interface Draft {
  key: string;
  name: string;
  contributionIds: string[];
}

interface GroupSuggestionsProps {
  state: SessionState;
  step: Step;
  send: (command: SessionCommand) => Promise<number>;
}

/**
 * The facilitator asks for groups of the loose reflections, edits them, and accepts or rejects
 * each. A suggestion lives only here until accepted; accepting is one `group.create` with the
 * reflections in it, so the group appears whole on every screen at once.
 */
export function GroupSuggestions({ state, step, send }: GroupSuggestionsProps) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [loose, setLoose] = useState(0);
  /** How many the last request suggested: "none" only when there were none to begin with. */
  const [offered, setOffered] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // Others keep grouping while the facilitator reads: show only what is still loose.
  const stillLoose = new Set(ungroupedReflections(state, step.id).map((c) => c.id));
  const shown = (drafts ?? [])
    .map((d) => ({ ...d, contributionIds: d.contributionIds.filter((id) => stillLoose.has(id)) }))
    .filter((d) => d.contributionIds.length > 0);

  const suggest = async () => {
    setLoading(true);
    setError(null);
    try {
      const suggestions = await fetchGroupSuggestions(state.sessionId, step.id);
      setDrafts(
        suggestions.groups.map((g, i) => ({
          key: `${i}-${g.centralId}`,
          name: g.name,
          contributionIds: g.contributionIds,
        })),
      );
      setLoose(suggestions.ungrouped.length);
      setOffered(suggestions.groups.length);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setLoading(false);
    }
  };

  const update = (key: string, change: (d: Draft) => Draft | null) =>
    setDrafts((all) =>
      (all ?? []).flatMap((d) => {
        if (d.key !== key) return [d];
        const next = change(d);
        return next === null ? [] : [next];
      }),
    );

  const accept = async (draft: Draft): Promise<boolean> => {
    const name = draft.name.trim();
    if (name.length === 0) return false;
    const ok = await command.run({
      type: "group.create",
      payload: { name, contributionIds: draft.contributionIds },
    });
    if (ok) {
      update(draft.key, () => null);
      setAnnouncement(t("grouping.accepted", { name }));
    }
    return ok;
  };

  const acceptAll = async () => {
    for (const draft of shown) if (!(await accept(draft))) return;
  };

  return (
    <section className="card stack" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h2 id="suggestions-title">{t("grouping.title")}</h2>
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={loading}
          onClick={() => void suggest()}
        >
          {drafts === null ? t("grouping.suggest") : t("grouping.suggestAgain")}
        </button>
        {shown.length > 1 && (
          <button
            type="button"
            className="button button-primary"
            disabled={command.pending}
            onClick={() => void acceptAll()}
          >
            {t("grouping.acceptAll")}
          </button>
        )}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {loading ? t("grouping.suggesting") : announcement}
      </p>
      {(error ?? command.error) && <ErrorAlert>{error ?? command.error}</ErrorAlert>}
      {drafts !== null && (
        <>
          {offered === 0 && <p className="muted">{t("grouping.none")}</p>}
          {shown.length > 0 && <p className="muted">{t("grouping.hint")}</p>}
          {shown.length > 0 && loose > 0 && (
            <p className="muted">{t("grouping.ungrouped", { count: loose })}</p>
          )}
          <ul className="themes suggestions">
            {shown.map((draft) => (
              <SuggestionCard
                key={draft.key}
                draft={draft}
                state={state}
                pending={command.pending}
                onRename={(name) => update(draft.key, (d) => ({ ...d, name }))}
                onRemove={(id) =>
                  update(draft.key, (d) => ({
                    ...d,
                    contributionIds: d.contributionIds.filter((c) => c !== id),
                  }))
                }
                onAccept={() => void accept(draft)}
                onReject={() => update(draft.key, () => null)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SuggestionCard({
  draft,
  state,
  pending,
  onRename,
  onRemove,
  onAccept,
  onReject,
}: {
  draft: Draft;
  state: SessionState;
  pending: boolean;
  onRename: (name: string) => void;
  onRemove: (id: string) => void;
  onAccept: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const reflections = draft.contributionIds
    .map((id) => getById(state.contributions, id))
    .filter((c): c is Contribution => c !== undefined);
  const inputId = `suggestion-name-${draft.key}`;
  const name = draft.name.trim() || "…";
  return (
    <li className="theme stack" data-testid="suggestion">
      <label htmlFor={inputId}>{t("grouping.name")}</label>
      <input
        id={inputId}
        className="input"
        value={draft.name}
        maxLength={MAX_GROUP_NAME}
        required
        onChange={(event) => onRename(event.target.value)}
      />
      <p className="muted">{t("grouping.count", { count: reflections.length })}</p>
      <ul className="theme-cards">
        {reflections.map((reflection) => (
          <li key={reflection.id} className="theme-card" data-testid="suggestion-reflection">
            <span>{reflection.text}</span>{" "}
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t("grouping.removeNamed", { text: reflection.text })}
              onClick={() => onRemove(reflection.id)}
            >
              {t("grouping.remove")}
            </button>
          </li>
        ))}
      </ul>
      <p className="actions">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={pending || draft.name.trim().length === 0}
          aria-label={t("grouping.acceptNamed", { name })}
          onClick={onAccept}
        >
          {t("grouping.accept")}
        </button>{" "}
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t("grouping.rejectNamed", { name })}
          onClick={onReject}
        >
          {t("grouping.reject")}
        </button>
      </p>
    </li>
  );
}
