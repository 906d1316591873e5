import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { RunButton } from "../../../forms/RunButton";
import { useCommand } from "../../../live/use-command";
import type { PanelProps } from "./panel-props";

/** Open for joining, start, close: the session's own status. */
export function LifecyclePanel({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const button = (
    type: "session.open" | "session.start" | "session.close",
    label: string,
    primary = true,
  ) => (
    <RunButton
      runner={command}
      command={{ type, payload: {} }}
      label={label}
      tone={primary ? "primary" : "secondary"}
    />
  );
  if (state.status === "closed") return null;
  return (
    <div className="stack">
      <div className="actions">
        {state.status === "draft" && button("session.open", t("console.openSession"))}
        {state.status === "open" && button("session.start", t("console.start"))}
        {state.status !== "draft" && button("session.close", t("console.close"), false)}
      </div>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </div>
  );
}
