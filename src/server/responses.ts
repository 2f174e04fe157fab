import type { z } from 'zod';
import { problemSchema } from '../contracts/common.js';

/** Added to every route's response map so the OpenAPI document shows the problem+json errors. */
export const problemResponses = { '4xx': problemSchema, '5xx': problemSchema } as const;

/** A route's response map: the schema for 200, plus the problem+json errors. */
export const ok = (schema: z.ZodType) => ({ 200: schema, ...problemResponses });
