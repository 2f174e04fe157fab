/** Only same-site paths are followed after sign-in, so `next` cannot send people elsewhere. */
export function safeNext(next: string | null, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
