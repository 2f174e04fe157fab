import { z } from 'zod';
import { emailSchema, localeSchema, passwordSchema } from './common.js';

export const accountTypeSchema = z.enum(['candidate', 'employer', 'admin']);
export type AccountType = z.infer<typeof accountTypeSchema>;
/** Admins are never self-made: sign-up offers the two marketplace sides only. */
export const signUpAccountTypeSchema = z.enum(['candidate', 'employer']);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    accountType: accountTypeSchema,
    isAdmin: z.boolean(),
    emailVerified: z.boolean(),
    locale: localeSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

const displayNameSchema = z.string().trim().min(1, 'Enter your name').max(120, 'Use at most 120 characters');
const tokenSchema = z.string().min(16).max(128);

export const signUpBody = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  accountType: signUpAccountTypeSchema,
  locale: localeSchema.default('en'),
});
export type SignUpBody = z.infer<typeof signUpBody>;

/** Sign-up answers the same way whether or not the address is registered. */
export const acceptedResponse = z.object({ status: z.literal('accepted'), message: z.string() });

export const signInBody = z.strictObject({
  email: emailSchema,
  // Sign-in accepts any length so that the length rule itself leaks nothing about old accounts.
  password: z.string().min(1, 'Enter your password').max(256),
});
export type SignInBody = z.infer<typeof signInBody>;

export const signInResponse = z.object({ user: userSchema });
export const meResponse = z.object({ user: userSchema });

export const updateMeBody = z.strictObject({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});

export const verifyEmailBody = z.strictObject({ token: tokenSchema });
export const verifyEmailResponse = z.object({ status: z.literal('verified') });

export const emailOnlyBody = z.strictObject({ email: emailSchema });

export const passwordResetConfirmBody = z.strictObject({ token: tokenSchema, password: passwordSchema });
export const passwordResetConfirmResponse = z.object({ status: z.literal('password_changed') });

export const csrfResponse = z.object({ token: z.string() });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;
export const sessionListResponse = z.object({ sessions: z.array(sessionSchema) });
