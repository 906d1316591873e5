import { type RefObject, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type CopyState = "idle" | "copied" | "failed";

/**
 * Copies `text`. The Clipboard API only exists in secure contexts, and Samspel is often run on
 * a plain-http address inside a municipality's network, so the fallback selects the text shown
 * in `source` and uses the older copy command.
 */
export function CopyButton({
  text,
  source,
}: {
  text: string;
  source: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState(copyBySelection(source.current) ? "copied" : "failed");
    }
  };

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {state === "copied" ? t("invitations.copied") : t("invitations.copy")}
      </button>
      <span className="visually-hidden" role="status">
        {state === "copied" ? t("invitations.copied") : ""}
      </span>
      {state === "failed" && <p className="field-hint">{t("invitations.copyFailed")}</p>}
    </>
  );
}

function copyBySelection(element: HTMLElement | null): boolean {
  const selection = window.getSelection();
  if (!element || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  // Deprecated, but still the only way to copy outside a secure context.
  return document.execCommand("copy");
}
