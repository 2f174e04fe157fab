import { linkify } from './linkify';

/** Email bodies are untrusted: they are rendered as text nodes, never as HTML. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <pre className="mail-body" dir="auto">
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are derived from immutable text.
          <a key={index} href={part.href} rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are derived from immutable text.
          <span key={index}>{part.text}</span>
        ),
      )}
    </pre>
  );
}
