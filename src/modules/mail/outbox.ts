import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { OutboxMessage } from '../../contracts/admin.js';
import { AppError } from '../../core/errors.js';

const LIST_LIMIT = 200;

/** The newest messages written to the outbox folder, newest first. */
export async function listOutbox(outboxDir: string): Promise<Array<Omit<OutboxMessage, 'text' | 'from'>>> {
  const files = await readdir(outboxDir).catch(() => [] as string[]);
  const newest = files
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, LIST_LIMIT);
  return Promise.all(
    newest.map(async (file) => {
      const { text: _text, from: _from, ...summary } = await readOutboxMessage(outboxDir, file.slice(0, -4));
      return summary;
    }),
  );
}

/** One outbox message, parsed; the id is validated by the route schema to a bare file stem. */
export async function readOutboxMessage(outboxDir: string, id: string): Promise<OutboxMessage> {
  const raw = await readFile(path.join(outboxDir, `${path.basename(id)}.eml`)).catch(() => {
    throw new AppError('not_found', 'No such message in the outbox');
  });
  const parsed = await simpleParser(raw);
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
  return {
    id,
    to,
    from: parsed.from?.text ?? '',
    subject: parsed.subject ?? '',
    sentAt: (parsed.date ?? new Date(0)).toISOString(),
    text: parsed.text ?? '',
  };
}
