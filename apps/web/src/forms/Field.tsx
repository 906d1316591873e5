import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  /** Also the API field name, so e2e tests and server issues find the input by it. */
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function Field({ name, label, hint, error, className, ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input {...control} className={className ? `input ${className}` : "input"} {...input} />
      )}
    </FieldFrame>
  );
}
