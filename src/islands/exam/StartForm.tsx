/** The start screen: name (required), employee ID and batch code (optional), then a confirmation. */
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/exam.ts';
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

const clean = (value: FormDataEntryValue | null, max: number): string => String(value ?? '').trim().slice(0, max);

export default function StartForm({ ready, onStart }: Props) {
  const id = useId();
  const [details, setDetails] = useState<StartDetails | null>(null);
  const [error, setError] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // Cancelling removes the button that had focus: give it back to the start button.
  useEffect(() => {
    if (details !== null || !cancelled.current) return;
    cancelled.current = false;
    startButton.current?.focus();
  }, [details]);

  function submit(event: React.SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = clean(data.get('name'), 40);
    if (name === '') {
      setError(true);
      nameInput.current?.focus();
      return;
    }
    setError(false);
    const employeeId = clean(data.get('employeeId'), 40);
    const batch = clean(data.get('batch'), 40);
    setDetails({ candidate: { name, employeeId: employeeId || null }, batch: batch || null });
  }

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
          maxLength={40}
          required
          aria-invalid={error}
          aria-describedby={`${id}-name-hint${error ? ` ${id}-name-error` : ''}`}
          disabled={details !== null}
        />
        <span id={`${id}-name-hint`} className="hint">
          {t('start.nameHint')}
        </span>
        {error && (
          <p id={`${id}-name-error`} className="field-error">
            {t('start.nameMissing')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-employee`}>{t('start.employeeId')}</label>
        <input id={`${id}-employee`} name="employeeId" maxLength={40} autoComplete="off" disabled={details !== null} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-batch`}>{t('start.batch')}</label>
        <input id={`${id}-batch`} name="batch" maxLength={40} autoComplete="off" aria-describedby={`${id}-batch-hint`} disabled={details !== null} />
        <span id={`${id}-batch-hint`} className="hint">
          {t('start.batchHint')}
        </span>
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
          <div className="actions">
            <button type="button" className="button" autoFocus onClick={() => onStart(details)}>
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
