import type { Socket } from 'node:net';
import { problemFor } from './errors.js';

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (a 20 KB query string, broken
 * framing) still answer with problem+json instead of a bare status line.
 */
export function writeClientErrorProblem(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const problem = {
    ...problemFor(
      'validation_failed',
      tooLarge ? 'The URL or headers are too large.' : 'The request is malformed.',
    ),
    status: tooLarge ? 431 : 400,
    errors: [{ path: tooLarge ? 'query' : 'request', message: tooLarge ? 'Too large' : 'Malformed request' }],
  };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
