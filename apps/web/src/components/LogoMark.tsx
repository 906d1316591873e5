/** Two overlapping rings: people in interplay. The same drawing as the favicon. */
export function LogoMark() {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="#a7e0dc" strokeWidth="2.5" />
    </svg>
  );
}
