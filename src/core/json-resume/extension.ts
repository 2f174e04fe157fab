// The `x-aitalenthub` blocks we write beside JSON Resume fields: only what the standard fields cannot say
// (a machine-readable proficiency, skill ids, evidence links, structured results, typed links). They are
// validated like any other input when a file comes back; unknown keys inside them are ignored so files
// written by a later version still import.
import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, partialDateSchema } from '../../contracts/profile.js';

/** A reference from a skill to the résumé entry that proves it, e.g. `projects.0`. */
export const evidenceRefSchema = z
  .string()
  .regex(
    /^(work|education|projects|certificates|publications)\.\d{1,5}$/,
    'Use a reference such as projects.0',
  );

export const basicsExtensionSchema = z.object({
  yearsExperience: z.number().min(0).max(60).optional(),
});

export const workExtensionSchema = z.object({
  city: z.string().max(120).optional(),
  country: countryCodeSchema.optional(),
});

export const projectExtensionSchema = z.object({
  /** The approach as written, when its line breaks do not survive as highlights (blank lines). */
  approach: z.string().max(4000).optional(),
  links: z
    .object({
      repository: httpUrlSchema.optional(),
      demo: httpUrlSchema.optional(),
      modelCard: httpUrlSchema.optional(),
      dataset: httpUrlSchema.optional(),
      paper: httpUrlSchema.optional(),
    })
    .optional(),
  results: z
    .array(
      z.object({
        metric: z.string().trim().min(1).max(120),
        value: z.string().trim().min(1).max(60),
        baseline: z.string().trim().max(60).optional(),
      }),
    )
    .max(10)
    .optional(),
});

export const certificateExtensionSchema = z.object({
  credentialId: z.string().max(120).optional(),
  expiryDate: partialDateSchema.optional(),
});

export const publicationExtensionSchema = z.object({
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .max(200)
    .optional(),
  arxivId: z
    .string()
    .regex(/^(\d{4}\.\d{4,5}(v\d+)?|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/)
    .optional(),
  authors: z.array(z.string().max(120)).max(100).optional(),
  /** True when `url` was written from the DOI or arXiv id, not by the candidate. */
  derivedUrl: z.boolean().optional(),
});

export const skillExtensionSchema = z.object({
  skillId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9+#.-]{0,79}$/)
    .optional(),
  proficiency: z.number().int().min(1).max(5).optional(),
  years: z.number().min(0).max(60).nullable().optional(),
  lastUsed: partialDateSchema.nullable().optional(),
  evidence: z.array(evidenceRefSchema).max(20).optional(),
  unverified: z.boolean().optional(),
});

export const metaExtensionSchema = z.object({
  generator: z.string().max(80).optional(),
  formatVersion: z.number().int().min(1).optional(),
});

export type BasicsExtension = z.infer<typeof basicsExtensionSchema>;
export type WorkExtension = z.infer<typeof workExtensionSchema>;
export type ProjectExtension = z.infer<typeof projectExtensionSchema>;
export type CertificateExtension = z.infer<typeof certificateExtensionSchema>;
export type PublicationExtension = z.infer<typeof publicationExtensionSchema>;
export type SkillExtension = z.infer<typeof skillExtensionSchema>;
export type MetaExtension = z.infer<typeof metaExtensionSchema>;

/** Where an extension block may sit: `basics`/`meta` or an entry of a section, and the schema it follows. */
export const EXTENSION_SCHEMAS = {
  basics: basicsExtensionSchema,
  meta: metaExtensionSchema,
  work: workExtensionSchema,
  projects: projectExtensionSchema,
  certificates: certificateExtensionSchema,
  publications: publicationExtensionSchema,
  skills: skillExtensionSchema,
} as const;

/** Reads an extension block already checked by validateJsonResume; anything else reads as empty. */
export function readExtension<T>(schema: z.ZodType<T>, block: unknown): Partial<T> {
  if (block === undefined) return {};
  const parsed = schema.safeParse(block);
  return parsed.success ? parsed.data : {};
}
