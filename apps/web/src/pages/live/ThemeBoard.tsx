import type { Contribution, SessionCommand, SessionState, Step } from "@samspel/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { CommandForm, CommandFormToggle } from "../../forms/CommandForm";
import { type Theme, themesOf, ungrouped } from "../../live/method-view";
import { useCommand } from "../../live/use-command";
import { type Ballot, DotButtons, DotsLeft } from "./participant/Dots";
import { DropZone, NO_THEME, ReflectionCard } from "./ThemeCards";

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
