import { z } from 'zod';

const text = z.string().optional();

/**
 * Items in the employer view are open records (anonymous mode removes fields), so each is read
 * leniently: what is there and well-formed is shown, anything else is left out.
 */
const viewItemSchema = z.object({
  id: text,
  kind: z.enum(['project', 'role', 'education', 'certification', 'publication']),
  title: text,
  name: text,
  employer: text,
  issuer: text,
  institution: text,
  area: text,
  studyType: text,
  venue: text,
  year: z.number().optional(),
  problem: text,
  approach: text,
  summary: text,
  results: z.array(z.object({ metric: z.string(), value: z.string(), baseline: text })).optional(),
  links: z.record(z.string(), z.string()).optional(),
  highlights: z.array(z.string()).optional(),
  startDate: text,
  endDate: text,
  issueDate: text,
  expiryDate: text,
  country: text,
  city: text,
  url: text,
  credentialUrl: text,
});

export type ViewItem = z.infer<typeof viewItemSchema>;
export type ViewItemKind = ViewItem['kind'];

export function readViewItems(items: Record<string, unknown>[]): ViewItem[] {
  return items.flatMap((item) => {
    const parsed = viewItemSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Only web links are ever made clickable. */
export function safeHref(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
