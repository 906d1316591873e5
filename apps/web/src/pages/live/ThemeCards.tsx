import type { Contribution } from "@samspel/core";
import { type DragEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../live/method-view";

/** Our own drag type, so a link or text dragged in from elsewhere is never taken for a card. */
const DRAG_TYPE = "application/x-samspel-reflection";
/** The "not in a theme" column's key where a theme's id would stand. */
export const NO_THEME = "";

/** A theme (or the "not in a theme" column) that takes a dragged card. */
export function DropZone({
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

/** A reflection on the board: dragged with a mouse, or moved with its "move to" list. */
export function ReflectionCard({
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
