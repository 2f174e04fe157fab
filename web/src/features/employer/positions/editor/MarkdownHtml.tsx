/**
 * HTML the server rendered from Markdown and sanitised (POST /api/markdown/preview, or a position's
 * descriptionHtml). Nothing typed in the browser is ever passed here directly.
 */
export function MarkdownHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      dir="auto"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised output only (see above).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
