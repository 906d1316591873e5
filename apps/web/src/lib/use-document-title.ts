import { useEffect } from "react";

const PRODUCT = "Samspel";

/** Each page names itself in the tab and for screen readers announcing the navigation. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
