/**
 * The exam runner (考试): the start form, the sections one after another with a section timer and
 * an exam timer, automatic hand-in when time runs out, and the report at the end.
 *
 * Every change goes through a pure transition (src/engine/exam-session.ts) and is stored, so a
 * reload resumes the exam where it was; the clock is wall time since the start, so it does not
 * restart. Pasting is blocked and leaving the page is noted: both become integrity flags on the
 * result. The result is scored from the session, signed, and stored before the report is shown;
 * if storage fails the report still shows and offers the download at once.
 *
 * The instructions and the scenario briefings are static HTML from the page (children); the
 * runner only shows or hides their parts.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ExamPlan, PlanSection } from '../../engine/exam-plan.ts';
import { scoreExam } from '../../engine/exam-score.ts';
import {
  advanceClock,
  currentIndex,
  examTime,
  markAway,
  markBack,
  recordPaste,
  remaining,
  resumeSession,
  startSession,
  submitSection,
} from '../../engine/exam-session.ts';
import { countChars } from '../../engine/typing.ts';
import { t, type ExamKey } from '../../i18n/exam.ts';
import { downloadText } from '../../lib/download.ts';
import { formatClock } from '../../lib/exam-format.ts';
import { focusOnMount } from '../../lib/focus.ts';
import { newResultId, signResult } from '../../lib/exam-result.ts';
import { fileNamePart } from '../../lib/text-input.ts';
import type { ExamResult } from '../../schemas/exam-result.ts';
import type { ExamSession } from '../../schemas/exam-session.ts';
import { addResult, createResultStore, createSessionStore } from '../../storage/exam-store.ts';
import type { StoreProblem } from '../../storage/versioned-store.ts';
import QuizSection from './QuizSection.tsx';
import ScenarioSection from './ScenarioSection.tsx';
import StartForm, { type StartDetails } from './StartForm.tsx';
import TypingSection from './TypingSection.tsx';
import type { SectionProps } from './sections.ts';

const ExamReport = lazy(() => import('../results/ExamReport.tsx'));

interface Props {
  plan: ExamPlan;
  /** Static HTML: `[data-exam-part="instructions"]` and one `[data-briefing="<slug>"]` per pool scenario. */
  children?: ReactNode;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'intro' }
  | { kind: 'changed'; stale: ExamSession }
  | { kind: 'running' }
  | { kind: 'finishing' }
  | { kind: 'finished'; result: ExamResult; problem: StoreProblem | null };

/** Keystrokes are stored at most this often; everything else at once, and all of it when the page hides. */
const SAVE_DELAY_MS = 300;

const storageMessage = (problem: StoreProblem): string => t(`storage.${problem}` as ExamKey);

function sessionFileName(session: ExamSession): string {
  return t('run.sessionFile', { exam: session.exam, name: fileNamePart(session.candidate.name) });
}

export default function ExamRunner({ plan, children }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [session, setSession] = useState<ExamSession | null>(null);
  const [clock, setClock] = useState(0);
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** What was wrong with the stored session when the page loaded: told once, apart from later saves. */
  const [loadProblem, setLoadProblem] = useState<'damaged' | 'damaged-no-backup' | 'newer-version' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [showInstructions, setShowInstructions] = useState(false);
  const [briefing, setBriefing] = useState<string | null>(null);
  const current = useRef<ExamSession | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const warned = useRef(new Set<string>());
  const staticPart = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const refocusSubmit = useRef(false);
  const store = useRef(createSessionStore(plan.slug));

  const now = (): number => (current.current ? examTime(current.current, Date.now()) : 0);

  function flush() {
    if (saveTimer.current !== null) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (!current.current) return;
    const saved = store.current.save({ version: 2, session: current.current });
    setProblem(saved.ok ? null : saved.problem);
  }

  function update(change: (s: ExamSession) => ExamSession, immediately = false) {
    const prev = current.current;
    if (!prev) return;
    const next = change(prev);
    if (next === prev) return;
    current.current = next;
    setSession(next);
    if (immediately) flush();
    else saveTimer.current ??= setTimeout(flush, SAVE_DELAY_MS);
  }

  // Load: resume an exam under way, or show the report of one that ended before its result was stored.
  useEffect(() => {
    const loaded = store.current.load();
    if (loaded.problem === 'damaged' || loaded.problem === 'damaged-no-backup' || loaded.problem === 'newer-version') setLoadProblem(loaded.problem);
    else if (loaded.problem) setProblem(loaded.problem);
    const saved = loaded.value.session;
    if (!saved) return setPhase({ kind: 'intro' });
    if (saved.revision !== plan.revision) return setPhase({ kind: 'changed', stale: saved });
    const resumed = saved.finishedAt === null ? resumeSession(plan, saved, examTime(saved, Date.now())) : saved;
    current.current = resumed;
    setSession(resumed);
    flush();
    if (resumed.finishedAt === null) {
      setNotice(t(loaded.problem === 'damaged' ? 'session.damaged' : 'run.resumed'));
      setPhase({ kind: 'running' });
    } else {
      setPhase({ kind: 'finishing' });
    }
  }, []);

  const running = phase.kind === 'running';

  // The clock: time-outs hand sections in; the display counts down.
  useEffect(() => {
    if (!running) return;
    const tick = () => {
      const s = current.current;
      if (!s) return;
      const at = examTime(s, Date.now());
      setClock(at);
      const next = advanceClock(plan, s, at);
      if (next !== s) {
        const ended = s.sections.filter((x, i) => x.endedAt === null && next.sections[i]?.endedAt !== null);
        setAnnouncement(ended.map((x) => t('run.timeUp', { title: plan.sections.find((p) => p.id === x.id)?.title ?? '' })).join(' '));
        update(() => next, true);
        return;
      }
      const index = currentIndex(s);
      const id = s.sections[index]?.id;
      if (id && !warned.current.has(id) && remaining(plan, s, at).section <= 60_000) {
        warned.current.add(id);
        setAnnouncement(t('run.minuteLeft'));
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [running]);

  // Integrity: pasting is blocked (before any answer box sees it) and noted; so is leaving the page.
  useEffect(() => {
    if (!running) return;
    const blockPaste = (text: string, event: Event) => {
      event.preventDefault();
      event.stopPropagation();
      update((s) => recordPaste(s, now(), countChars(text)), true);
      setNotice(t('run.pasteBlocked'));
    };
    const onPaste = (e: ClipboardEvent) => blockPaste(e.clipboardData?.getData('text/plain') ?? '', e);
    const onDrop = (e: DragEvent) => blockPaste(e.dataTransfer?.getData('text/plain') ?? '', e);
    const away = () => update((s) => markAway(s, now()), true);
    const back = () => update((s) => markBack(s, now()), true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') away();
      else if (document.hasFocus()) back();
    };
    window.addEventListener('paste', onPaste, true);
    window.addEventListener('drop', onDrop, true);
    window.addEventListener('blur', away);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('paste', onPaste, true);
      window.removeEventListener('drop', onDrop, true);
      window.removeEventListener('blur', away);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [running]);

  // The end: score, sign, store the result, then show the report.
  const finished = session?.finishedAt != null;
  useEffect(() => {
    if (!finished || !current.current || (phase.kind !== 'running' && phase.kind !== 'finishing')) return;
    const ended = current.current;
    setPhase({ kind: 'finishing' });
    flush();
    void (async () => {
      const result = await signResult(scoreExam(plan, ended));
      const { result: saved } = createResultStore().update((history) => addResult(history, result));
      if (saved.ok) store.current.save({ version: 2, session: null });
      setPhase({ kind: 'finished', result, problem: saved.ok ? null : saved.problem });
      window.scrollTo({ top: 0 });
    })();
  }, [finished]);

  // Show the parts of the static HTML that belong to this moment.
  const index = session ? currentIndex(session) : -1;
  const section: PlanSection | undefined = plan.sections[index];
  useEffect(() => {
    const root = staticPart.current;
    if (!root) return;
    const instructions = phase.kind === 'intro' || phase.kind === 'loading' || (running && showInstructions);
    for (const el of root.querySelectorAll<HTMLElement>('[data-exam-part="instructions"]')) el.hidden = !instructions;
    for (const el of root.querySelectorAll<HTMLElement>('[data-briefing]')) {
      el.hidden = !(running && section?.kind === 'scenarios' && el.dataset.briefing === briefing);
    }
  });

  // A new section: move focus to its heading, so keyboard and screen-reader users start there.
  // Focus moves in the commit (a layout effect), before the next key press is handled.
  const sectionId = section?.id;
  useLayoutEffect(() => {
    if (running && sectionId) heading.current?.focus();
    setConfirming(false);
  }, [sectionId, running]);

  useLayoutEffect(() => {
    if (confirming || !refocusSubmit.current) return;
    refocusSubmit.current = false;
    submitButton.current?.focus();
  }, [confirming]);

  function start(details: StartDetails) {
    const s = startSession(plan, { id: newResultId(), candidate: details.candidate, batch: details.batch, now: Date.now() });
    current.current = s;
    setSession(s);
    flush();
    setNotice(null);
    setPhase({ kind: 'running' });
  }

  function restart() {
    store.current.save({ version: 2, session: null });
    current.current = null;
    setSession(null);
    setPhase({ kind: 'intro' });
  }

  const left = session && running ? remaining(plan, session, Math.max(clock, now())) : { section: 0, exam: 0 };
  const last = index === plan.sections.length - 1;
  const props = (p: PlanSection): Omit<SectionProps<PlanSection>, 'section'> => ({
    session: session!,
    now,
    open: running && index >= 0 && plan.sections[index]?.id === p.id,
    update: (change) => update(change, p.kind === 'quiz'),
  });

  const before = (() => {
    switch (phase.kind) {
      case 'loading':
      case 'intro':
        return null;
      case 'changed':
        return (
          <div className="notice bad" role="alert">
            <p>{t('run.changed')}</p>
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => downloadText(sessionFileName(phase.stale), JSON.stringify(phase.stale, null, 2))}>
                {t('run.downloadSession')}
              </button>
              <button type="button" className="button" onClick={restart}>
                {t('run.restart')}
              </button>
            </div>
          </div>
        );
      case 'finishing':
        return <p role="status">{t('run.finishing')}</p>;
      case 'finished':
        return (
          <Suspense fallback={<p role="status">{t('run.finishing')}</p>}>
            <ExamReport result={phase.result} saved={phase.problem === null} problem={phase.problem} />
          </Suspense>
        );
      case 'running':
        if (!session || !section) return <p role="status">{t('run.finishing')}</p>;
        return (
          <div className="exam-main">
            <div className="exam-bar">
              <p className="exam-where">
                <strong>{section.title}</strong>
                <span className="muted">{t('run.section', { n: index + 1, total: plan.sections.length })}</span>
              </p>
              <p className="exam-timer">
                <span>{t('run.sectionLeft')}</span>
                <strong role="timer" aria-label={t('run.sectionLeft')}>
                  {formatClock(left.section)}
                </strong>
              </p>
              <p className="exam-timer">
                <span>{t('run.examLeft')}</span>
                <strong role="timer" aria-label={t('run.examLeft')}>
                  {formatClock(left.exam)}
                </strong>
              </p>
            </div>
            {problem && (
              <div className="notice bad" role="alert">
                <p>{t('run.storageFailed')}</p>
                <button type="button" className="button secondary" onClick={() => downloadText(sessionFileName(session), JSON.stringify(session, null, 2))}>
                  {t('run.downloadSession')}
                </button>
              </div>
            )}
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            <section className="exam-section" aria-labelledby="exam-section-title">
              <h2 id="exam-section-title" ref={heading} tabIndex={-1}>
                {section.title}
              </h2>
              {section.kind === 'typing' && <TypingSection key={section.id} section={section} {...props(section)} />}
              {section.kind === 'quiz' && <QuizSection key={section.id} section={section} {...props(section)} />}
              {section.kind === 'scenarios' && <ScenarioSection key={section.id} section={section} {...props(section)} onScenario={setBriefing} />}
            </section>
            <div className="exam-submit">
              {confirming ? (
                <div className="confirm" role="group" aria-label={t('run.submitConfirm')}>
                  <p>{t('run.submitConfirm')}</p>
                  <div className="actions">
                    {/* The button that asked is gone: focus moves to the answer, and back when it is withdrawn. */}
                    <button type="button" className="button" ref={focusOnMount} onClick={() => update((s) => submitSection(plan, s, now()), true)}>
                      {t('run.submitYes')}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => {
                        setConfirming(false);
                        refocusSubmit.current = true;
                      }}
                    >
                      {t('run.submitNo')}
                    </button>
                  </div>
                </div>
              ) : (
                <button type="button" className="button" ref={submitButton} onClick={() => setConfirming(true)}>
                  {last ? t('run.submitLast') : t('run.submitSection')}
                </button>
              )}
              <button type="button" className="button secondary" aria-expanded={showInstructions} onClick={() => setShowInstructions((v) => !v)}>
                {showInstructions ? t('run.hideInstructions') : t('run.showInstructions')}
              </button>
            </div>
          </div>
        );
    }
  })();

  const after =
    phase.kind === 'intro' || phase.kind === 'loading' ? (
      <>
        {problem && <p className="notice">{storageMessage(problem)}</p>}
        {loadProblem && loadProblem !== 'damaged' && (
          <div className="notice bad" role="alert">
            <p>{t(`session.${loadProblem}`)}</p>
            {loadProblem === 'damaged-no-backup' && (
              <button
                type="button"
                className="button secondary"
                onClick={() => downloadText(t('session.damagedFile', { exam: plan.slug }), store.current.damagedCopy() ?? '')}
              >
                {t('session.downloadDamaged')}
              </button>
            )}
          </div>
        )}
        <StartForm ready={phase.kind === 'intro'} onStart={start} />
      </>
    ) : null;

  const aside = running && section?.kind === 'scenarios';
  return (
    <div className={aside ? 'exam-layout with-aside' : 'exam-layout'}>
      <div key="before" className="exam-before">
        {before}
      </div>
      {/* Beside the chat the briefing scrolls on its own: a keyboard user must be able to focus it to scroll it. */}
      <div
        key="static"
        className="exam-static"
        ref={staticPart}
        hidden={phase.kind === 'finished' || phase.kind === 'finishing' || phase.kind === 'changed'}
        {...(aside ? { role: 'region', 'aria-label': t('run.aside'), tabIndex: 0 } : {})}
      >
        {children}
      </div>
      <div key="after" className="exam-after">
        {after}
      </div>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
    </div>
  );
}
