/** The start screen: name (required), employee ID and batch code (optional), then a confirmation. */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { t } from '../../i18n/exam.ts';
import { focusOnMount } from '../../lib/focus.ts';
import { cleanLine } from '../../lib/text-input.ts';
import type { Candidate } from '../../schemas/exam-session.ts';

export interface StartDetails {
  candidate: Candidate;
  batch: string | null;
}

interface Props {
  /** False until the runner has checked storage for an exam under way. */
  ready: boolean;
  onStart: (details: StartDetails) => void;
}

/** The most each field keeps (the result schema's limit). */
const MAX = 40;
type FieldName = 'name' | 'employeeId' | 'batch';

/** What is kept of a field: one line of visible text (it is printed on the certificate and names files). */
const clean = (value: FormDataEntryValue | null): string => cleanLine(String(value ?? ''), MAX);

export default function StartForm({ ready, onStart }: Props) {
  const id = useId();
  const [details, setDetails] = useState<StartDetails | null>(null);
  const [error, setError] = useState(false);
  // Fields that reached their length: a long paste is cut by the browser, and the candidate is told.
  const [full, setFull] = useState<ReadonlySet<FieldName>>(new Set());
  const nameInput = useRef<HTMLInputElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // Cancelling removes the button that had focus: give it back to the start button, in the same
  // commit, so a key pressed right after lands on it.
  useLayoutEffect(() => {
    if (details !== null || !cancelled.current) return;
    cancelled.current = false;
    startButton.current?.focus();
  }, [details]);

  function submit(event: React.SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = clean(data.get('name'));
    if (name === '') {
      setError(true);
      nameInput.current?.focus();
      return;
    }
    setError(false);
    const employeeId = clean(data.get('employeeId'));
    const batch = clean(data.get('batch'));
    setDetails({ candidate: { name, employeeId: employeeId || null }, batch: batch || null });
  }

  function onInput(event: React.InputEvent<HTMLInputElement>) {
    const { name, value } = event.currentTarget;
    const field = name as FieldName;
    const isFull = value.length >= MAX;
    if (isFull !== full.has(field)) setFull((prev) => (isFull ? new Set([...prev, field]) : new Set([...prev].filter((f) => f !== field))));
  }

  const describedBy = (field: FieldName, ...ids: string[]): string | undefined =>
    [...ids, ...(full.has(field) ? [`${id}-${field}-full`] : [])].join(' ') || undefined;
  const fullMessage = (field: FieldName) =>
    full.has(field) && (
      <p id={`${id}-${field}-full`} className="field-error">
        {t('start.tooLong', { max: MAX })}
      </p>
    );

  return (
    <form className="start-form card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('start.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('start.name')}</label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          name="name"
          autoComplete="name"
          maxLength={MAX}
          required
          aria-invalid={error}
          aria-describedby={describedBy('name', `${id}-name-hint`, ...(error ? [`${id}-name-error`] : []))}
          disabled={details !== null}
          onInput={onInput}
        />
        <span id={`${id}-name-hint`} className="hint">
          {t('start.nameHint')}
        </span>
        {error && (
          <p id={`${id}-name-error`} className="field-error">
            {t('start.nameMissing')}
          </p>
        )}
        {fullMessage('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-employee`}>{t('start.employeeId')}</label>
        <input
          id={`${id}-employee`}
          name="employeeId"
          maxLength={MAX}
          autoComplete="off"
          aria-describedby={describedBy('employeeId')}
          disabled={details !== null}
          onInput={onInput}
        />
        {fullMessage('employeeId')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-batch`}>{t('start.batch')}</label>
        <input
          id={`${id}-batch`}
          name="batch"
          maxLength={MAX}
          autoComplete="off"
          aria-describedby={describedBy('batch', `${id}-batch-hint`)}
          disabled={details !== null}
          onInput={onInput}
        />
        <span id={`${id}-batch-hint`} className="hint">
          {t('start.batchHint')}
        </span>
        {fullMessage('batch')}
      </div>
      {details === null ? (
        <button type="submit" className="button" ref={startButton} disabled={!ready}>
          {ready ? t('start.button') : t('start.loading')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            <strong>{t('start.confirm')}</strong>
          </p>
          <p>
            {t('start.printedName')}
            <bdi>{details.candidate.name}</bdi>
          </p>
          <div className="actions">
            <button type="button" className="button" ref={focusOnMount} onClick={() => onStart(details)}>
              {t('start.confirmYes')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                cancelled.current = true;
                setDetails(null);
              }}
            >
              {t('start.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
