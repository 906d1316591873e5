import type { SessionCommand } from "@samspel/core";
import type { useCommand } from "../live/use-command";

type Runner = ReturnType<typeof useCommand>;

/**
 * A button that runs one command through a panel's shared runner: the panel shows the runner's
 * one error, and every button waits while any of its commands is under way.
 */
export function RunButton({
  runner,
  command,
  label,
  tone = "primary",
}: {
  runner: Runner;
  command: SessionCommand;
  label: string;
  tone?: "primary" | "secondary";
}) {
  return (
    <button
      type="button"
      className={`button button-${tone}`}
      disabled={runner.pending}
      onClick={() => void runner.run(command)}
    >
      {label}
    </button>
  );
}
