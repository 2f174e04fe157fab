import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CareerModel,
  type CareerModelResponse,
  careerModelSchema,
  saveCareerModel,
} from '../../api/career';
import { ApiError } from '../../api/errors';
import { errorMessage, fieldIssueMessage } from '../../i18n/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { layoutJson, lineOf, lineRange } from './careerModelLines';

/** A problem with the edited model, placed on the line its field starts on. */
interface ModelProblem {
  path: string;
  line: number | null;
  message: string;
}

/** What the editor holds: the text, the note, and the version the edit started from. */
export interface CareerModelDraft {
  text: string;
  note: string;
  basedOnVersion: number;
}

export function draftFrom(model: CareerModel, version: number, note = ''): CareerModelDraft {
  return { text: layoutJson(model).text, note, basedOnVersion: version };
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'syntax'; message: string }
  | { kind: 'problems'; problems: ModelProblem[] }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'saved'; version: number };

/** "stages › 0 › title": a field path as people read it. */
function readablePath(path: string): string {
  return path.split('.').join(' › ');
}

/**
 * The career model as JSON in a text box. Saving checks the JSON and the contract here first, then
 * the server (which also checks skills against the taxonomy); each problem is listed with its field
 * path and line, and selecting it jumps there. A note is required, and the version the edit started
 * from is sent so a save made meanwhile by another admin is reported, not overwritten.
 */
export function CareerModelEditor({
  draft,
  onDraft,
  onSaved,
  onReload,
}: {
  draft: CareerModelDraft;
  onDraft: (draft: CareerModelDraft) => void;
  onSaved: (answer: CareerModelResponse) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [noteError, setNoteError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  /** Scrolls the text box to a line; with `select`, also moves focus there and selects the line. */
  const jump = (line: number | null, select = true) => {
    const box = area.current;
    if (!box || line === null) return;
    if (select) {
      const { start, end } = lineRange(box.value, line);
      box.focus();
      box.setSelectionRange(start, end);
    }
    // Scroll the chosen line into view: line height times the lines above it.
    const lineHeight = Number.parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  /** Re-lays the text out canonically so the problems' line numbers match what is shown. */
  const placeProblems = (value: unknown, issues: Array<{ path: string; message: string }>) => {
    const layout = layoutJson(value);
    onDraft({ ...draft, text: layout.text });
    const problems = issues.map((issue) => ({ ...issue, line: lineOf(layout.lines, issue.path) }));
    setOutcome({ kind: 'problems', problems });
    // Once the re-laid text is shown, bring the first problem into view (focus stays on the alert).
    requestAnimationFrame(() => jump(problems[0]?.line ?? null, false));
  };

  /** The server's problem in the editor's words: an unknown skill here is a taxonomy id, not a profile skill. */
  const problemMessage = (issue: { path: string; message: string; code?: string }) =>
    issue.code === 'unknown_skill' ? t('career.admin.unknownSkill') : fieldIssueMessage(issue, t);

  const save = async () => {
    setOutcome({ kind: 'none' });
    const note = draft.note.trim();
    setNoteError(note ? undefined : t('career.admin.noteRequired'));
    let value: unknown;
    try {
      value = JSON.parse(draft.text);
    } catch (error) {
      setOutcome({ kind: 'syntax', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const checked = careerModelSchema.safeParse(value);
    if (!checked.success) {
      placeProblems(
        value,
        checked.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: fieldIssueMessage(
            { path: issue.path.join('.'), message: issue.message, code: issue.code },
            t,
          ),
        })),
      );
      return;
    }
    if (!note) return;
    setPending(true);
    try {
      const answer = await saveCareerModel({
        model: checked.data,
        note,
        basedOnVersion: draft.basedOnVersion,
      });
      onSaved(answer);
      setOutcome({ kind: 'saved', version: answer.version });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setOutcome({ kind: 'conflict', message: error.problem.detail ?? '' });
      } else if (error instanceof ApiError && error.problem.errors?.length) {
        const model = error.problem.errors.filter((e) => e.path.startsWith('model'));
        const noteIssue = error.problem.errors.find((e) => e.path === 'note');
        if (noteIssue) setNoteError(fieldIssueMessage(noteIssue, t));
        placeProblems(
          value,
          model.map((e) => ({ path: e.path.replace(/^model\.?/, ''), message: problemMessage(e) })),
        );
      } else {
        setOutcome({ kind: 'error', message: errorMessage(error, t) });
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Card
      title={t('career.admin.editorTitle')}
      description={t('career.admin.editorIntro', { version: draft.basedOnVersion })}
      className="career-admin__editor"
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {outcome.kind === 'saved' ? (
          <Alert tone="success">{t('career.admin.saved', { version: outcome.version })}</Alert>
        ) : null}
        {outcome.kind === 'conflict' ? (
          <Alert
            tone="warning"
            title={t('career.admin.conflictTitle')}
            actions={
              <Button variant="secondary" size="sm" onClick={onReload}>
                {t('career.admin.conflictReload')}
              </Button>
            }
          >
            {t('career.admin.conflictBody', { version: draft.basedOnVersion })}
          </Alert>
        ) : null}
        {outcome.kind === 'error' ? <Alert tone="danger">{outcome.message}</Alert> : null}
        {outcome.kind === 'syntax' ? (
          <Alert tone="danger" title={t('career.admin.syntaxTitle')}>
            <span dir="ltr">{outcome.message}</span>
          </Alert>
        ) : null}
        {outcome.kind === 'problems' ? (
          <Alert tone="danger" title={t('career.admin.problemsTitle', { count: outcome.problems.length })}>
            <ul className="career-admin__problems">
              {outcome.problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <button type="button" className="career-admin__jump" onClick={() => jump(problem.line)}>
                    <code dir="ltr">{readablePath(problem.path) || t('career.admin.wholeModel')}</code>
                    {problem.line !== null ? ` (${t('career.admin.line', { line: problem.line })})` : ''}
                  </button>
                  {': '}
                  {problem.message}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <TextAreaField
          ref={area}
          label={t('career.admin.jsonLabel')}
          hint={t('career.admin.jsonHint')}
          name="model"
          rows={24}
          dir="ltr"
          spellCheck={false}
          className="field__input field__textarea career-admin__json"
          value={draft.text}
          error={
            outcome.kind === 'problems' || outcome.kind === 'syntax'
              ? t('career.admin.jsonHasProblems')
              : undefined
          }
          onChange={(event) => onDraft({ ...draft, text: event.target.value })}
        />
        <TextField
          label={t('career.admin.noteLabel')}
          hint={t('career.admin.noteHint')}
          name="note"
          maxLength={300}
          required
          value={draft.note}
          error={noteError}
          onChange={(event) => {
            onDraft({ ...draft, note: event.target.value });
            if (event.target.value.trim()) setNoteError(undefined);
          }}
        />
        <div className="button-row">
          <Button type="submit" pending={pending}>
            {t('career.admin.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
