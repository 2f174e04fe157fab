import type { z } from 'zod';
import {
  type OutboxMessage,
  type Overview,
  outboxListResponse,
  outboxMessageResponse,
  type outboxSummarySchema,
  overviewResponse,
} from '../../../src/contracts/admin.js';
import { requestJson } from './client';

export type OutboxSummary = z.infer<typeof outboxSummarySchema>;

export function fetchOverview(): Promise<Overview> {
  return requestJson('GET', '/api/admin/overview', overviewResponse);
}

export async function fetchOutbox(): Promise<OutboxSummary[]> {
  return (await requestJson('GET', '/api/admin/outbox', outboxListResponse)).messages;
}

export function fetchOutboxMessage(id: string): Promise<OutboxMessage> {
  return requestJson('GET', `/api/admin/outbox/${encodeURIComponent(id)}`, outboxMessageResponse);
}
