import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** Header lines by lower-case name (the raw line, name included). */
  headers: Record<string, string>;
}

export interface TestSmtp {
  url: string;
  messages: ReceivedMail[];
  /** The newest message to an address, waiting briefly for it to arrive. */
  waitFor(to: string, predicate?: (mail: ReceivedMail) => boolean): Promise<ReceivedMail>;
  clear(): void;
  close(): Promise<void>;
}

/** A real SMTP server on a random local port; the app talks to it through nodemailer. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const to = Array.isArray(parsed.to)
            ? parsed.to.map((a) => a.text).join(', ')
            : (parsed.to?.text ?? '');
          // Folded header lines are unfolded, as a reader of the header sees them.
          const headers = Object.fromEntries(
            parsed.headerLines.map((h) => [h.key, h.line.replace(/\r?\n\s+/g, ' ')]),
          );
          messages.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', headers });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to, predicate = () => true) {
      for (let i = 0; i < 100; i++) {
        const found = messages.filter((m) => m.to.includes(to) && predicate(m)).at(-1);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no mail to ${to} arrived`);
    },
    clear: () => {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail body that points at the given path. */
export function linkIn(mail: ReceivedMail, pathname: string): URL {
  const match = mail.text
    .match(/https?:\/\/\S+/g)
    ?.map((u) => new URL(u))
    .find((u) => u.pathname === pathname);
  if (!match) throw new Error(`no ${pathname} link in mail "${mail.subject}"`);
  return match;
}
