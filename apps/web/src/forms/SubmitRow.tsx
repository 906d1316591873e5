import type { ReactNode } from "react";
import { ErrorAlert } from "../components/Alert";

/**
 * The end of a live form: the engine's refusal, if there was one, right above the button that
 * was pressed, and the button itself (disabled while the command is on its way).
 */
export function SubmitRow({
  error,
  pending,
  label,
  block = false,
  children,
}: {
  error: string | null;
  pending: boolean;
  label: string;
  /** Full width, for a phone's thumb. */
  block?: boolean;
  /** Companions beside the button (cancel, reset). */
  children?: ReactNode;
}) {
  const button = (
    <button
      type="submit"
      className={block ? "button button-primary button-block" : "button button-primary"}
      disabled={pending}
    >
      {label}
    </button>
  );
  return (
    <>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {block && !children ? (
        button
      ) : (
        <div className="actions">
          {button}
          {children}
        </div>
      )}
    </>
  );
}
