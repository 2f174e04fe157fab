import { z } from 'zod';

/** RFC 9457 problem details, as every error response of the API carries it. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable error code'),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional()
      .describe('Per-field problems, for validation errors'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const localeSchema = z.enum(['en', 'ar']);
export type Locale = z.infer<typeof localeSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email addresses are at most 254 characters')
  .pipe(z.email('Enter a valid email address'))
  .transform((email) => email.toLowerCase());

/** Length rules only; the common-password check needs a dictionary and runs in the service. */
export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(256, 'Use at most 256 characters');

export const uuidSchema = z.uuid();
export const idParamsSchema = z.strictObject({ id: uuidSchema });

/** A trimmed string with a length cap, so no field can carry a megabyte. */
export const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`);
export const optionalText = (max: number) => text(max).optional();

/** A multi-valued query filter sent comma-separated (?level=mid,senior), each value checked. */
export const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20));
