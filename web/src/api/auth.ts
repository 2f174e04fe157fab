import type { z } from 'zod';
import {
  acceptedResponse,
  meResponse,
  passwordResetConfirmResponse,
  type Session,
  type SignInBody,
  type SignUpBody,
  sessionListResponse,
  signInResponse,
  type User,
  type updateMeBody,
  verifyEmailResponse,
} from '../../../src/contracts/auth.js';
import { requestJson, requestVoid, resetCsrfToken } from './client';

export type UpdateMeInput = z.input<typeof updateMeBody>;

export async function fetchMe(): Promise<User> {
  return (await requestJson('GET', '/api/auth/me', meResponse)).user;
}

export async function signIn(body: SignInBody): Promise<User> {
  const { user } = await requestJson('POST', '/api/auth/sign-in', signInResponse, body);
  resetCsrfToken();
  return user;
}

export async function signOut(): Promise<void> {
  await requestVoid('POST', '/api/auth/sign-out');
  resetCsrfToken();
}

export function signUp(body: SignUpBody): Promise<z.infer<typeof acceptedResponse>> {
  return requestJson('POST', '/api/auth/sign-up', acceptedResponse, body);
}

export async function updateMe(body: UpdateMeInput): Promise<User> {
  return (await requestJson('PATCH', '/api/auth/me', meResponse, body)).user;
}

export function verifyEmail(token: string): Promise<z.infer<typeof verifyEmailResponse>> {
  return requestJson('POST', '/api/auth/verify-email', verifyEmailResponse, { token });
}

export function resendVerification(email: string): Promise<void> {
  return requestVoid('POST', '/api/auth/resend-verification', { email });
}

export function requestPasswordReset(email: string): Promise<void> {
  return requestVoid('POST', '/api/auth/password-reset/request', { email });
}

export function confirmPasswordReset(token: string, password: string) {
  return requestJson('POST', '/api/auth/password-reset/confirm', passwordResetConfirmResponse, {
    token,
    password,
  });
}

export async function listSessions(): Promise<Session[]> {
  return (await requestJson('GET', '/api/auth/sessions', sessionListResponse)).sessions;
}

export function revokeSession(id: string): Promise<void> {
  return requestVoid('DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`);
}
