import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

export function SelectField({ name, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} className="select" {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
