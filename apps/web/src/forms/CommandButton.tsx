import type { SessionCommand } from "@samspel/core";
import { useId } from "react";
import { useCommand } from "../live/use-command";
import { FieldError } from "./FieldError";

/**
 * One button, one command, its refusal right under it: for an action beside each item of a
 * list, where one panel-wide error would not say which item it was about.
 */
export function CommandButton({
  send,
  command,
  label,
  name,
  tone = "quiet",
}: {
  send: (command: SessionCommand) => Promise<number>;
  command: SessionCommand;
  label: string;
  /** A fuller accessible name, when the label alone does not say what it acts on. */
  name?: string;
  tone?: "primary" | "secondary" | "quiet" | "danger";
}) {
  const run = useCommand(send);
  const errorId = useId();
  return (
    <span className="command-button">
      <button
        type="button"
        className={`button button-${tone} button-small`}
        aria-label={name}
        aria-describedby={run.error ? errorId : undefined}
        disabled={run.pending}
        onClick={() => void run.run(command)}
      >
        {label}
      </button>
      {run.error && <FieldError id={errorId}>{run.error}</FieldError>}
    </span>
  );
}
