import { type InputHTMLAttributes, useId } from "react";
import { FieldError } from "./FieldError";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  /** Also the API field name, so e2e tests and server issues find the input by it. */
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled input whose hint and error are announced with it (GOV.UK's order: label, hint, error, input). */
export function Field({ name, label, hint, error, className, ...input }: FieldProps) {
  const id = `${useId()}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
      <input
        id={id}
        name={name}
        className={className ? `input ${className}` : "input"}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}
