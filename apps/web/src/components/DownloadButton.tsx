/** A file the server makes (a PDF), fetched by the browser as a download, styled as a button. */
export function DownloadButton({
  href,
  label,
  testId,
}: {
  href: string;
  label: string;
  testId: string;
}) {
  return (
    <p>
      <a href={href} download className="button button-secondary" data-testid={testId}>
        {label}
      </a>
    </p>
  );
}
