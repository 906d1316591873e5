import type { Locale, MethodView } from "@samspel/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchLibraryForSession } from "../api/methods";
import { LoadError } from "../components/LoadError";
import { useResource } from "../lib/use-resource";

interface MethodPickerProps {
  orgId: string;
  /** The session's language: the step's name and prompt are what participants read. */
  language: Locale;
  onPick: (method: MethodView) => void;
  disabled?: boolean;
}

/** A method from the library (the organisation's own first) to add as a configured step. */
export function MethodPicker({ orgId, language, onPick, disabled }: MethodPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const library = useResource(`method-picker:${orgId}:${language}`, (signal) =>
    fetchLibraryForSession(orgId, language, signal),
  );
  const [chosen, setChosen] = useState("");
  if (library.status === "error") {
    return <LoadError error={library.error} onRetry={library.reload} />;
  }
  const methods = library.status === "ready" ? library.data.methods : [];
  const selected = methods.find((method) => method.id === chosen) ?? methods[0];
  return (
    <div className="inline-form no-print">
      <div className="field">
        <label className="label" htmlFor={`${id}-method`}>
          {t("methods.agenda.addFromLibrary")}
        </label>
        <select
          id={`${id}-method`}
          className="select"
          value={selected?.id ?? ""}
          disabled={library.status !== "ready"}
          onChange={(event) => setChosen(event.target.value)}
        >
          {methods.map((method) => (
            <option key={method.id} value={method.id}>
              {method.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={disabled || !selected}
        onClick={() => selected && onPick(selected)}
      >
        {t("methods.agenda.addButton")}
      </button>
    </div>
  );
}
