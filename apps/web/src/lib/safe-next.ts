/**
 * Returns `next` when it is a path on this site, else null. Guards the `?next=` of the login
 * page against open redirects: "//evil.example", "/\evil.example" and "https://…" all leave the
 * site in a browser, even though some of them start with a slash.
 */
export function safeNextPath(next: string | null | undefined, origin: string): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/login?next=…` for coming back to `path` after logging in. */
export function loginPathFor(path: string): string {
  return `/login?next=${encodeURIComponent(path)}`;
}
