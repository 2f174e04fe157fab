/** The server refuses bodies over 1 MB; the browser refuses the file first, before anything is sent. */
export const MAX_RESUME_BYTES = 1024 * 1024;

export type ReadResult =
  | { ok: true; resume: unknown }
  | { ok: false; reason: 'too_large' | 'not_json' | 'not_object' | 'empty' | 'unreadable' };

export function parseResume(text: string): ReadResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (new TextEncoder().encode(text).length > MAX_RESUME_BYTES) return { ok: false, reason: 'too_large' };
  let resume: unknown;
  try {
    resume = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (resume === null || typeof resume !== 'object' || Array.isArray(resume))
    return { ok: false, reason: 'not_object' };
  return { ok: true, resume };
}

export async function readResumeFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_RESUME_BYTES) return { ok: false, reason: 'too_large' };
  try {
    return parseResume(await file.text());
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
