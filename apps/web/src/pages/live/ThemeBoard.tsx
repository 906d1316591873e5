import type { Contribution, SessionCommand, SessionState, Step } from "@samspel/core";
import { type DragEvent, type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { CommandForm, CommandFormToggle } from "../../forms/CommandForm";
import { type Theme, themesOf, ungrouped } from "../../live/method-view";
import { useCommand } from "../../live/use-command";
import { type Ballot, DotButtons, DotsLeft } from "./participant/Dots";

/** Our own drag type, so a link or text dragged in from elsewhere is never taken for a card. */
const DRAG_TYPE = "application/x-samspel-reflection";
/** The "not in a theme" column's key where a theme's id would stand. */
const NO_THEME = "";

interface ThemeBoardProps {
  state: SessionState;
  step: Step;
  send: (command: SessionCommand) => Promise<number>;
  /** The step lets this viewer group (everyone, or facilitators only). */
  mayGroup: boolean;
  /** A participant's dots on themes; facilitators hold the process and do not vote. */
  ballot?: Ballot | undefined;
}

/**
 * Grouping reflections into themes, like sticky notes on a wall: drag a card onto a theme, or
 * — on a phone, with a keyboard, with a screen reader — pick the theme in the card's "move to"
 * list. Each theme shows its dots, so the top themes are plain to see.
 */
export function ThemeBoard({ state, step, send, mayGroup, ballot }: ThemeBoardProps) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const themes = themesOf(state, step);
  const loose = ungrouped(state, step);
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRefocusAfterMove(state);

  const move = async (reflection: string, themeId: string, keepFocus: boolean) => {
    const ok = await command.run({
      type: "group.move_contribution",
      payload: { contributionId: reflection, groupId: themeId === NO_THEME ? null : themeId },
    });
    if (!ok) return;
    const name = themes.find((theme) => theme.group.id === themeId)?.group.name;
    setAnnouncement(name ? t("consent.themes.movedTo", { name }) : t("consent.themes.movedOut"));
    if (keepFocus) refocus.after(reflection, themeId);
  };

  const card = (reflection: Contribution, themeId: string) => (
    <ReflectionCard
      key={reflection.id}
      reflection={reflection}
      themeId={themeId}
      themes={themes}
      mayGroup={mayGroup}
      onMove={(to) => void move(reflection.id, to, true)}
    />
  );

  return (
    <section className="card stack" aria-labelledby="themes-title" data-testid="themes">
      <h2 id="themes-title">{t("consent.themes.title")}</h2>
      <p className="muted">
        {mayGroup ? t("consent.themes.howToGroup") : t("consent.themes.groupingClosed")}
      </p>
      {ballot && <DotsLeft ballot={ballot} />}
      {mayGroup && (
        <CommandForm
          send={send}
          label={t("consent.themes.newTheme")}
          submitLabel={t("consent.themes.create")}
          maxLength={80}
          toCommand={(name) => ({ type: "group.create", payload: { name } })}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {(command.error || ballot?.error) && (
        <ErrorAlert>{command.error ?? ballot?.error}</ErrorAlert>
      )}
      <div className="themes">
        <DropZone
          themeId={NO_THEME}
          mayGroup={mayGroup}
          onDrop={(id) => void move(id, NO_THEME, false)}
          className="theme theme-loose"
        >
          <h3>{t("consent.themes.loose", { number: loose.length })}</h3>
          {loose.length === 0 ? (
            <p className="muted">{t("consent.themes.allGrouped")}</p>
          ) : (
            <ul className="theme-cards">{loose.map((r) => card(r, NO_THEME))}</ul>
          )}
        </DropZone>
        {themes.map((theme) => (
          <DropZone
            key={theme.group.id}
            themeId={theme.group.id}
            mayGroup={mayGroup}
            onDrop={(id) => void move(id, theme.group.id, false)}
            className="theme"
          >
            <ThemeHead theme={theme} send={send} mayGroup={mayGroup} ballot={ballot} />
            {theme.reflections.length > 0 && (
              <ul className="theme-cards">
                {theme.reflections.map((r) => card(r, theme.group.id))}
              </ul>
            )}
          </DropZone>
        ))}
      </div>
    </section>
  );
}

function ThemeHead({
  theme,
  send,
  mayGroup,
  ballot,
}: {
  theme: Theme;
  send: ThemeBoardProps["send"];
  mayGroup: boolean;
  ballot: Ballot | undefined;
}) {
  const { t } = useTranslation();
  const { group, dots } = theme;
  return (
    <div className="theme-head">
      <h3 data-testid="theme-name">{group.name}</h3>
      <p className="theme-meta">
        <span className="dots" data-testid="theme-dots" data-count={dots}>
          {t("board.dots", { count: dots })}
        </span>
        {mayGroup && (
          <CommandFormToggle
            send={send}
            openLabel={t("consent.themes.rename")}
            openName={t("consent.themes.renameNamed", { name: group.name })}
            label={t("consent.themes.name")}
            submitLabel={t("common.save")}
            defaultValue={group.name}
            maxLength={80}
            toCommand={(name) => ({ type: "group.rename", payload: { groupId: group.id, name } })}
          />
        )}
        {ballot && (
          <DotButtons ballot={ballot} target={{ kind: "group", id: group.id }} name={group.name} />
        )}
      </p>
    </div>
  );
}

function DropZone({
  themeId,
  mayGroup,
  onDrop,
  className,
  children,
}: {
  themeId: string;
  mayGroup: boolean;
  onDrop: (reflectionId: string) => void;
  className: string;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => mayGroup && event.dataTransfer.types.includes(DRAG_TYPE);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse only; the same move is one "move to" select away on every card, for keyboards and phones.
    <div
      className={over ? `${className} theme-over` : className}
      data-theme-id={themeId}
      data-testid="theme"
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (!accepts(event)) return;
        event.preventDefault();
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (id) onDrop(id);
      }}
    >
      {children}
    </div>
  );
}

function ReflectionCard({
  reflection,
  themeId,
  themes,
  mayGroup,
  onMove,
}: {
  reflection: Contribution;
  themeId: string;
  themes: Theme[];
  mayGroup: boolean;
  onMove: (themeId: string) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(themeId);
  const selectId = `move-${reflection.id}`;
  return (
    <li
      className="theme-card"
      data-testid="reflection-card"
      draggable={mayGroup}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, reflection.id);
        event.dataTransfer.effectAllowed = "move";
      }}
    >
      <p className="note-text">{reflection.text}</p>
      {mayGroup && themes.length > 0 && (
        <form
          className="move-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (target !== themeId) onMove(target);
          }}
        >
          <label className="visually-hidden" htmlFor={selectId}>
            {t("consent.themes.moveTo")}
          </label>
          <select
            id={selectId}
            className="select select-compact"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value={NO_THEME}>{t("consent.themes.noTheme")}</option>
            {themes.map((theme) => (
              <option key={theme.group.id} value={theme.group.id}>
                {theme.group.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button-secondary button-small"
            disabled={target === themeId}
          >
            {t("consent.themes.move")}
          </button>
        </form>
      )}
    </li>
  );
}

/**
 * A moved card is drawn anew in its new theme, and the old one, which had focus, is gone. Once
 * the move has arrived in the state, focus goes to the moved card's list, so a keyboard user
 * carries on where the card now is.
 */
function useRefocusAfterMove(state: SessionState) {
  const [pending, setPending] = useState<{ id: string; themeId: string } | null>(null);
  useEffect(() => {
    if (!pending || !state) return;
    const select = document.getElementById(`move-${pending.id}`);
    const zone = select?.closest("[data-theme-id]")?.getAttribute("data-theme-id");
    if (select && zone === pending.themeId) {
      select.focus();
      setPending(null);
    }
  }, [pending, state]);
  return { after: (id: string, themeId: string) => setPending({ id, themeId }) };
}
