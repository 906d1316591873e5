import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function TextAreaField({ name, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} className="input textarea" {...textarea} />}
    </FieldFrame>
  );
}
