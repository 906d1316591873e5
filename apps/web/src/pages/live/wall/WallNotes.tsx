import type { SessionState, Step } from "@samspel/core";
import { type ReactNode, useRef } from "react";
import { useSessionT } from "../../../components/SessionLanguage";
import { sourceHost } from "../../../decisions/record-view";
import { ChartSnapshot } from "../../../flow/snapshot/ChartSnapshot";
import { authorName, notesOf, type WallNote } from "../../../live/wall-view";
import { useFitToScreen } from "./use-fit-to-screen";

/** A step's contributions as large cards; `extra` adds what a kind shows beside its text. */
export function WallNotes({
  state,
  step,
  extra,
}: {
  state: SessionState;
  step: Step;
  extra?: (note: WallNote) => ReactNode;
}) {
  const { t } = useSessionT();
  const notes = notesOf(state, step);
  const list = useRef<HTMLUListElement>(null);
  useFitToScreen(list, notes.map((note) => note.contribution.text).join("\n"));
  if (notes.length === 0) return <p className="wall-empty">{t("decisions.wall.nothingYet")}</p>;
  return (
    <ul className="wall-notes" data-testid="contribution-list" ref={list}>
      {notes.map((note) => {
        const author = authorName(state, note.contribution);
        const dots = Object.values(note.contribution.votes).reduce((sum, n) => sum + n, 0);
        return (
          <li
            key={note.contribution.id}
            className={note.contribution.disputed ? "wall-note wall-note-disputed" : "wall-note"}
            data-testid="contribution"
          >
            <p className="wall-note-text">{note.contribution.text}</p>
            {extra?.(note)}
            {(author || dots > 0) && (
              <p className="wall-note-author">
                {[author, dots > 0 ? t("decisions.dots", { count: dots }) : null]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Share facts: each fact with its figure, where it comes from, a dispute, the questions on it. */
export function WallFacts({ state, step }: { state: SessionState; step: Step }) {
  return <WallNotes state={state} step={step} extra={(note) => <FactDetails note={note} />} />;
}

function FactDetails({ note }: { note: WallNote }) {
  const { t } = useSessionT();
  const { source, disputed } = note.contribution;
  const host = source?.url ? sourceHost(source.url) : null;
  return (
    <>
      {source?.chart && <ChartSnapshot snapshot={source.chart} />}
      {source?.figure && (
        <p className="wall-figure">
          <span className="visually-hidden">{t("decisions.wall.figure")}: </span>
          {source.figure}
        </p>
      )}
      {host && <p className="wall-source">{t("decisions.wall.source", { host })}</p>}
      {disputed && (
        <p className="disputed-mark">
          {disputed.note
            ? t("decisions.record.disputedNote", { note: disputed.note })
            : t("decisions.disputed")}
        </p>
      )}
      {note.replies.length > 0 && (
        <div className="wall-replies">
          <p className="wall-replies-count">
            {t("decisions.wall.questions", { count: note.replies.length })}
          </p>
          <ul>
            {note.replies.map((reply) => (
              <li key={reply.id}>{reply.text}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
