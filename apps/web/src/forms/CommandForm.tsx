import type { SessionCommand } from "@samspel/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../live/use-command";
import { FieldFrame } from "./FieldFrame";

export interface CommandFormProps {
  send: (command: SessionCommand) => Promise<number>;
  label: string;
  submitLabel: string;
  /**
   * The command for what was typed (trimmed), or a sentence saying why it is not acceptable.
   * An empty required field never reaches here.
   */
  toCommand: (value: string) => SessionCommand | { problem: string };
  type?: "text" | "number" | "url";
  multiline?: boolean;
  required?: boolean;
  hint?: string | undefined;
  defaultValue?: string | number;
  min?: number;
  max?: number;
  maxLength?: number;
  tone?: "primary" | "secondary" | "danger";
  /** After the command was taken; the field is emptied (or back to its default) first. */
  onDone?: () => void;
  /** Shows a cancel button, for a form opened from a button beside what it acts on. */
  onCancel?: () => void;
  testId?: string;
  /** Puts the caret in the field at once: for a form the reader just asked to open. */
  focusOnOpen?: boolean;
}

/**
 * The small one-field form the live pages repeat: a timer's minutes, a turn's seconds, a reason
 * to hide, a theme's name, a question on a fact. Its error — empty, invalid, or the engine's
 * refusal — stands under the label and is announced with the field (aria-describedby), so it
 * reads the same with a keyboard, a screen reader and a thumb.
 */
export function CommandForm({
  send,
  label,
  submitLabel,
  toCommand,
  type = "text",
  multiline = false,
  required = true,
  hint,
  defaultValue,
  min,
  max,
  maxLength,
  tone = "primary",
  onDone,
  onCancel,
  testId,
  focusOnOpen = false,
}: CommandFormProps) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusOnOpen) formRef.current?.querySelector<HTMLElement>("input, textarea")?.focus();
  }, [focusOnOpen]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (command.pending) return;
    const form = event.currentTarget;
    const value = String(new FormData(form).get("value") ?? "").trim();
    if (required && value === "") {
      setProblem(t("validation.required"));
      return;
    }
    const next = toCommand(value);
    if ("problem" in next) {
      setProblem(next.problem);
      return;
    }
    setProblem(null);
    if (await command.run(next)) {
      form.reset();
      onDone?.();
    }
  };

  const error = problem ?? command.error ?? undefined;
  const input = { defaultValue, required, maxLength, "data-testid": testId };
  return (
    <form
      ref={formRef}
      className={multiline ? "stack command-form" : "inline-form command-form"}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <FieldFrame name="value" label={label} hint={hint} error={error}>
        {(control) =>
          multiline ? (
            <textarea {...control} className="input textarea" rows={2} {...input} />
          ) : (
            <input {...control} className="input" type={type} min={min} max={max} {...input} />
          )
        }
      </FieldFrame>
      <span className="actions">
        <button type="submit" className={`button button-${tone}`} disabled={command.pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </span>
    </form>
  );
}

/**
 * A button that opens a `CommandForm` in its place, for an action beside each item of a list
 * (hide, dispute, ask, rename): the list stays calm until someone means to act. Focus goes into
 * the field on opening and back to the button on closing.
 */
export function CommandFormToggle({
  openLabel,
  openName,
  ...form
}: CommandFormProps & { openLabel: string; openName?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!open && returnFocus.current) button.current?.focus();
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  if (open) {
    return (
      <CommandForm
        {...form}
        focusOnOpen
        onCancel={close}
        onDone={() => {
          close();
          form.onDone?.();
        }}
      />
    );
  }
  return (
    <button
      ref={button}
      type="button"
      className="button button-quiet button-small"
      aria-label={openName}
      onClick={() => setOpen(true)}
    >
      {openLabel}
    </button>
  );
}
