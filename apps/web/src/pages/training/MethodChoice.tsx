import { isLocale, type MethodView } from "@samspel/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchOrgLibrary } from "../../api/methods";
import { FieldError } from "../../forms/FieldError";
import { useResource } from "../../lib/use-resource";

/** The method library (built-in and the organisation's own) in the reader's language. */
function useLibrary(orgId: string) {
  const { i18n } = useTranslation();
  const language = isLocale(i18n.language) ? i18n.language : "en";
  return useResource(`training-methods:${orgId}:${language}`, (signal) =>
    fetchOrgLibrary(orgId, language, signal),
  );
}

/**
 * Method ids shown by name in the reader's language. Labels typed before the library existed
 * are not ids and show as they were written.
 */
export function useMethodNames(orgId: string): (idOrLabel: string) => string {
  const library = useLibrary(orgId);
  const methods: MethodView[] = library.status === "ready" ? library.data.methods : [];
  return (idOrLabel) => methods.find((method) => method.id === idOrLabel)?.name ?? idOrLabel;
}

/**
 * Methods picked from the library, sent as one comma-separated field `name` (the forms read
 * text fields). Earlier free labels stay checked until someone unticks them.
 */
export function MethodChoice({
  orgId,
  name,
  label,
  hint,
  defaultValue = [],
  error,
}: {
  orgId: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue?: readonly string[];
  error?: string | undefined;
}) {
  const id = useId();
  const library = useLibrary(orgId);
  const [chosen, setChosen] = useState<readonly string[]>(defaultValue);
  const methods = library.status === "ready" ? library.data.methods : [];
  const legacy = chosen.filter((value) => !methods.some((method) => method.id === value));
  const options = [
    ...legacy.map((value) => ({ id: value, name: value })),
    ...methods.map((method) => ({ id: method.id, name: method.name })),
  ];
  const toggle = (value: string, on: boolean) =>
    setChosen((current) =>
      on ? [...current, value] : current.filter((existing) => existing !== value),
    );
  return (
    <fieldset
      className={error ? "field method-choice field-invalid" : "field method-choice"}
      aria-describedby={hint ? `${id}-hint` : undefined}
      data-testid={`method-choice-${name}`}
    >
      <legend>{label}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      <input type="hidden" name={name} value={chosen.join(",")} />
      <div className="method-choice-list">
        {options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />{" "}
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
