import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX_CHARS } from '../../../../src/contracts/messages.js';
import { fetchThread, type MessageView, markThreadRead, postMessage } from '../../api/messages';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';
import { isolate } from '../employer/isolate';
import { MarkdownHtml } from '../employer/positions/editor/MarkdownHtml';
import { LiveStatusNote } from '../notifications/LiveStatusNote';
import { useLiveEvents } from '../notifications/liveContext';
import { announceNotificationsChanged } from '../notifications/notificationsChanged';

interface MessageThreadProps {
  applicationId: string;
  /** What the other side is called in this thread: the organisation, or the candidate (maybe anonymous). */
  otherSide: string;
}

/** Adds messages to a thread by id, keeping it oldest first. */
function merge(current: MessageView[], incoming: MessageView[]): MessageView[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * One application's conversation: the messages as the API rendered them (sanitised HTML, never built
 * here from what people typed), a light-Markdown box to write in, live arrivals over the shared event
 * stream and, should that fail, a refresh button.
 */
export function MessageThread({ applicationId, otherSide }: MessageThreadProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [messages, setMessages] = useState<MessageView[] | null>(null);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [olderPending, setOlderPending] = useState(false);
  const [arrival, setArrival] = useState('');
  const [draft, setDraft] = useState('');
  const form = useFormSubmit();
  const listRef = useRef<HTMLOListElement>(null);

  const refresh = useCallback(async () => {
    try {
      const thread = await fetchThread(applicationId);
      setLoadError(null);
      setMessages((current) => {
        const fresh = thread.messages.filter((m) => !current?.some((c) => c.id === m.id));
        const lastTheirs = fresh.filter((m) => !m.mine).at(-1);
        if (current && lastTheirs)
          setArrival(t('messages.arrived', { name: lastTheirs.senderName ?? otherSide }));
        return merge(current ?? [], thread.messages);
      });
      setOlderCursor((cursor) => cursor ?? thread.olderCursor);
      if (thread.unread > 0) {
        await markThreadRead(applicationId);
        // Reading a thread also reads its message notifications: the bell counts again.
        announceNotificationsChanged(null);
      }
    } catch (error) {
      setLoadError(error);
    }
  }, [applicationId, otherSide, t]);

  useEffect(() => {
    setMessages(null);
    setOlderCursor(null);
    void refresh();
  }, [refresh]);

  const live = useLiveEvents((event) => {
    if (event.kind === 'message' && event.payload.applicationId === applicationId) void refresh();
  });

  // Keep the newest message in view as the thread grows.
  const count = messages?.length ?? 0;
  useEffect(() => {
    if (count > 0) listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [count]);

  const loadOlder = async () => {
    if (!olderCursor) return;
    setOlderPending(true);
    try {
      const page = await fetchThread(applicationId, olderCursor);
      setMessages((current) => merge(current ?? [], page.messages));
      setOlderCursor(page.olderCursor);
    } catch (error) {
      setLoadError(error);
    } finally {
      setOlderPending(false);
    }
  };

  const send = () =>
    form.submit(
      () => ({
        body: draft.trim()
          ? draft.length > MESSAGE_MAX_CHARS
            ? t('validation.maxLength', { max: MESSAGE_MAX_CHARS })
            : undefined
          : t('messages.required'),
      }),
      async () => {
        const sent = await postMessage(applicationId, draft);
        setMessages((current) => merge(current ?? [], [sent]));
        setDraft('');
      },
    );

  return (
    <section className="thread" aria-labelledby={`thread-${applicationId}`}>
      <h2 id={`thread-${applicationId}`} className="thread__title">
        {t('messages.threadWith', { name: isolate(otherSide) })}
      </h2>
      <LiveStatusNote status={live} onRefresh={() => void refresh()} />
      {loadError ? (
        <Alert
          tone="danger"
          actions={
            <Button size="sm" variant="secondary" onClick={() => void refresh()}>
              {t('app.retry')}
            </Button>
          }
        >
          {errorMessage(loadError, t)}
        </Alert>
      ) : null}
      {messages === null && !loadError ? <LoadingState /> : null}
      {messages ? (
        <>
          {olderCursor ? (
            <Button size="sm" variant="ghost" pending={olderPending} onClick={() => void loadOlder()}>
              {t('messages.older')}
            </Button>
          ) : null}
          {messages.length === 0 ? <p className="muted thread__empty">{t('messages.empty')}</p> : null}
          <ol className="thread__list" ref={listRef} aria-label={t('messages.listLabel')}>
            {messages.map((message) => (
              <li key={message.id} className={message.mine ? 'message message--mine' : 'message'}>
                <p className="message__meta">
                  <span className="message__sender" dir="auto">
                    {message.mine ? t('messages.you') : (message.senderName ?? otherSide)}
                  </span>
                  <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                </p>
                <MarkdownHtml html={message.html} className="message__body" />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="visually-hidden" role="status">
        {arrival}
      </p>
      <form ref={form.formRef} className="form thread__form" noValidate onSubmit={handleSubmit(send)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        <TextAreaField
          label={t('messages.write')}
          hint={t('messages.markdownHint')}
          name="body"
          dir="auto"
          rows={3}
          value={draft}
          error={form.fieldErrors.body}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void send();
            }
          }}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('messages.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
