import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api/client";
import { errorMessage } from "../lib/error-message";
import { describeIssue, type FieldIssues, issuesByField, issuesFromDetails } from "./issues";

interface ApiFormOptions<Schema extends z.ZodType, Result> {
  schema: Schema;
  /** Builds the request body from the form's text fields; by default the fields as they are. */
  toBody?: (values: Record<string, string>) => unknown;
  submit: (body: z.output<Schema>) => Promise<Result>;
  onSuccess?: (result: Result, form: HTMLFormElement) => void;
  /** Takes a failure before it is shown, e.g. to turn an expired invitation into a page state. */
  onError?: (error: unknown) => boolean | undefined;
}

/**
 * One way for every form: validate with core's schema before sending (so the reader gets an
 * answer without a round trip), send, and place a server `validation_failed` next to the
 * field its issue names. Messages are kept as issues, not text, so switching language while
 * an error shows re-renders it in the new language.
 */
export function useApiForm<Schema extends z.ZodType, Result>(
  options: ApiFormOptions<Schema, Result>,
) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const showIssues = useCallback((next: FieldIssues) => {
    setIssues(next);
    setFocusRequest((n) => n + 1);
  }, []);

  const { schema, toBody, submit, onSuccess, onError } = options;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const values = readValues(form);
    setFailure(null);
    const parsed = schema.safeParse(toBody ? toBody(values) : values);
    if (!parsed.success) {
      showIssues(issuesByField(parsed.error.issues, values));
      return;
    }
    setIssues({});
    setPending(true);
    try {
      const result = await submit(parsed.data);
      onSuccess?.(result, form);
    } catch (error) {
      if (onError?.(error)) return;
      if (error instanceof ApiError && error.code === "validation_failed") {
        const byField = issuesByField(issuesFromDetails(error.details), values);
        const shown = Object.keys(byField).filter((name) => form.elements.namedItem(name));
        // An issue about a field this form does not have (a hidden locale, say) has nowhere
        // to go but the form-level message.
        if (shown.length < Object.keys(byField).length || shown.length === 0) setFailure(error);
        showIssues(Object.fromEntries(shown.map((name) => [name, byField[name]])));
      } else {
        setFailure(error);
      }
    } finally {
      setPending(false);
    }
  };

  const fieldError = (name: string): string | undefined => {
    const issue = issues[name];
    return issue ? describeIssue(issue, t) : undefined;
  };

  return {
    formRef,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
    pending,
    fieldError,
    formError: failure === null ? undefined : errorMessage(failure, t),
    failure,
  };
}

function readValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
