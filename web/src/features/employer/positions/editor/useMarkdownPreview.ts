import { useEffect, useState } from 'react';
import { previewMarkdown } from '../../../../api/positions';
import { useDebounced } from './useDebounced';

export type MarkdownPreview = { status: 'idle' | 'loading' | 'ready' | 'error'; html: string };

/**
 * The description as the public page will render it. The server renders and sanitises the Markdown,
 * so what is shown here is exactly what visitors get, and the browser never renders raw input.
 */
export function useMarkdownPreview(text: string, initialHtml = ''): MarkdownPreview {
  const settled = useDebounced(text, 400);
  const [preview, setPreview] = useState<MarkdownPreview>({
    status: initialHtml ? 'ready' : 'idle',
    html: initialHtml,
  });

  useEffect(() => {
    if (settled.trim() === '') {
      setPreview({ status: 'idle', html: '' });
      return;
    }
    let cancelled = false;
    setPreview((p) => ({ status: 'loading', html: p.html }));
    previewMarkdown(settled.slice(0, 20_000)).then(
      (html) => {
        if (!cancelled) setPreview({ status: 'ready', html });
      },
      () => {
        if (!cancelled) setPreview((p) => ({ status: 'error', html: p.html }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [settled]);

  return preview;
}
