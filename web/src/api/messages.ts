import {
  type MessageView,
  markReadResponse,
  messageSchema,
  type ThreadResponse,
  threadResponse,
  type UnreadResponse,
  unreadResponse,
} from '../../../src/contracts/messages.js';
import { requestJson } from './client';

export type { MessageView, ThreadResponse, UnreadResponse };

const id = (value: string) => encodeURIComponent(value);

/** An application's thread, oldest first; `before` pages back from an olderCursor. */
export function fetchThread(applicationId: string, before?: string): Promise<ThreadResponse> {
  const query = before ? `?before=${id(before)}` : '';
  return requestJson('GET', `/api/applications/${id(applicationId)}/messages${query}`, threadResponse);
}

/** Posts light Markdown; the API answers with the message rendered to sanitised HTML. */
export function postMessage(applicationId: string, body: string): Promise<MessageView> {
  return requestJson('POST', `/api/applications/${id(applicationId)}/messages`, messageSchema, { body });
}

export function markThreadRead(applicationId: string) {
  return requestJson('POST', `/api/applications/${id(applicationId)}/messages/read`, markReadResponse);
}

/** Unread messages per thread and in total. */
export function fetchUnreadMessages(): Promise<UnreadResponse> {
  return requestJson('GET', '/api/messages/unread', unreadResponse);
}
