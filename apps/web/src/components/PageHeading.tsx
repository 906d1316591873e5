import { type ReactNode, useEffect, useRef } from "react";

// The first page of a visit keeps the browser's own focus; after that, moving focus to the new
// page's heading tells screen-reader users that a navigation happened, as a full load would.
let isFirstPage = true;

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
