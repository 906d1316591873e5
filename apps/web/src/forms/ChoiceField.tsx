import { type ReactNode, useId } from "react";
import { FieldError } from "./FieldError";

interface ChoiceFieldProps<T extends string> {
  /** The radio group's name; unique on the page when the form repeats (one per objection). */
  name: string;
  legend: string;
  options: readonly T[];
  value: T | null;
  onChange: (value: T) => void;
  /** Each option in a word or two, then what it means, so the choice is made knowingly. */
  title: (option: T) => string;
  explain: (option: T) => string;
  error?: string | undefined;
  children?: ReactNode;
}

/**
 * One choice of a few, each explained beside its radio button: big enough for a thumb, and
 * with its error announced with the group (aria-describedby on the fieldset).
 */
export function ChoiceField<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  title,
  explain,
  error,
  children,
}: ChoiceFieldProps<T>) {
  const errorId = `${useId()}-${name}-error`;
  return (
    <fieldset
      className={error ? "choices field-invalid" : "choices"}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="label">{legend}</legend>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {options.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span className="choice-words">
            <strong>{title(option)}</strong>
            <span className="muted">{explain(option)}</span>
          </span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
