/**
 * The exam's clock and progress as pure transitions on the session document: the runner island
 * passes the time in (ms on the exam clock: wall time since the start), stores what comes back,
 * and a reload continues from the stored copy. Nothing here reads a clock.
 *
 * Sections are taken in order. A section ends when the candidate hands it in, when its own limit
 * runs out, or when the exam's does; the next section starts at that moment. The exam ends after
 * its last section or when its limit runs out, whichever comes first.
 */
import type { ExamSession, IntegrityEvent, SectionEnd } from '../schemas/exam-session.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import { TRANSCRIPT_VERSION } from '../schemas/transcript-version.ts';
import { drawSeed, drawSections } from './draw.ts';
import { drawSpecs, type ExamPlan } from './exam-plan.ts';

export interface StartOptions {
  /** The result's id (a random UUID from the island). */
  id: string;
  candidate: ExamSession['candidate'];
  batch: string | null;
  /** Wall-clock time of the start, ms since 1970. */
  now: number;
}

/** A new session: the draw made, the first section started at 0. */
export function startSession(plan: ExamPlan, options: StartOptions): ExamSession {
  const batch = options.batch?.trim() || null;
  const seed = drawSeed(plan.seed, batch);
  const typing: ExamSession['typing'] = {};
  for (const s of plan.sections) if (s.kind === 'typing') typing[s.id] = { text: '', events: [] };
  return {
    version: 2,
    transcriptVersion: TRANSCRIPT_VERSION,
    exam: plan.slug,
    revision: plan.revision,
    id: options.id,
    candidate: options.candidate,
    batch,
    seed,
    draw: drawSections(seed, drawSpecs(plan)),
    startedAt: options.now,
    sections: plan.sections.map((s, i) => ({ id: s.id, startedAt: i === 0 ? 0 : null, endedAt: null, endReason: null })),
    typing,
    chats: {},
    answers: {},
    integrity: [],
    awaySince: null,
    finishedAt: null,
    endReason: null,
  };
}

/** Milliseconds on the exam clock for a wall-clock time, never before the latest time already recorded. */
export function examTime(session: ExamSession, wallNow: number): number {
  return Math.max(0, wallNow - session.startedAt, latestTime(session));
}

/** The latest time anything in the session happened. */
export function latestTime(session: ExamSession): number {
  let latest = session.finishedAt ?? 0;
  for (const s of session.sections) latest = Math.max(latest, s.startedAt ?? 0, s.endedAt ?? 0);
  for (const log of Object.values(session.typing)) for (const e of log.events) latest = Math.max(latest, e.t);
  for (const log of Object.values(session.chats)) for (const e of log) latest = Math.max(latest, e.t);
  for (const e of session.integrity) latest = Math.max(latest, e.at + (e.kind === 'away' ? e.durationMs : 0));
  return Math.max(latest, session.awaySince ?? 0);
}

/** Index of the section under way; -1 once the exam has ended. */
export function currentIndex(session: ExamSession): number {
  if (session.finishedAt !== null) return -1;
  return session.sections.findIndex((s) => s.startedAt !== null && s.endedAt === null);
}

/** When the section at `index` must end: its own limit, capped by the exam's. */
export function sectionDeadline(plan: ExamPlan, session: ExamSession, index: number): number {
  const start = session.sections[index]?.startedAt ?? 0;
  const limit = plan.sections[index]?.timeLimitMs ?? 0;
  return Math.min(start + limit, plan.timeLimitMs);
}

export interface Remaining {
  /** Milliseconds left in the current section (0 once the exam has ended). */
  section: number;
  /** Milliseconds left in the exam. */
  exam: number;
}

export function remaining(plan: ExamPlan, session: ExamSession, t: number): Remaining {
  const index = currentIndex(session);
  if (index < 0) return { section: 0, exam: 0 };
  return { section: Math.max(0, sectionDeadline(plan, session, index) - t), exam: Math.max(0, plan.timeLimitMs - t) };
}

function closeAway(session: ExamSession, t: number): ExamSession {
  if (session.awaySince === null) return session;
  const at = session.awaySince;
  const event: IntegrityEvent = { kind: 'away', at, section: sectionAtTime(session, at), durationMs: Math.max(0, t - at) };
  return { ...session, awaySince: null, integrity: [...session.integrity, event] };
}

/** The id of the section under way, or of the last one reached. */
function sectionAt(session: ExamSession): string {
  const index = currentIndex(session);
  if (index >= 0) return session.sections[index]?.id ?? '';
  return [...session.sections].reverse().find((s) => s.startedAt !== null)?.id ?? '';
}

/** The id of the section under way at time `t`. */
function sectionAtTime(session: ExamSession, t: number): string {
  const found = session.sections.find((s) => s.startedAt !== null && s.startedAt <= t && (s.endedAt === null || t < s.endedAt));
  return found?.id ?? sectionAt(session);
}

/** Ends the current section at `t` for `reason`; starts the next one, or ends the exam after the last. */
function endSection(plan: ExamPlan, session: ExamSession, t: number, reason: SectionEnd): ExamSession {
  const index = currentIndex(session);
  if (index < 0) return session;
  const sections = session.sections.map((s, i) => {
    if (i === index) return { ...s, endedAt: t, endReason: reason };
    if (i === index + 1 && reason !== 'exam-time') return { ...s, startedAt: t };
    return s;
  });
  const next = { ...session, sections };
  const last = index === plan.sections.length - 1;
  if (last || reason === 'exam-time') {
    return { ...closeAway(next, t), finishedAt: t, endReason: reason === 'submitted' ? 'submitted' : 'time-up' };
  }
  return next;
}

/** Applies every time-out up to `t`: sections whose limit passed end at their deadline. */
export function advanceClock(plan: ExamPlan, session: ExamSession, t: number): ExamSession {
  let s = session;
  for (let guard = 0; guard <= plan.sections.length; guard++) {
    const index = currentIndex(s);
    if (index < 0) return s;
    const deadline = sectionDeadline(plan, s, index);
    if (t < deadline) return s;
    s = endSection(plan, s, deadline, deadline >= plan.timeLimitMs ? 'exam-time' : 'section-time');
  }
  return s;
}

/** The candidate hands in the current section at `t` (after any time-out up to then). */
export function submitSection(plan: ExamPlan, session: ExamSession, t: number): ExamSession {
  const s = advanceClock(plan, session, t);
  if (s !== session) return s;
  return endSection(plan, s, t, 'submitted');
}

/** True while `sectionId` is the section under way: answers to any other are refused. */
export function isOpen(session: ExamSession, sectionId: string): boolean {
  const index = currentIndex(session);
  return index >= 0 && session.sections[index]?.id === sectionId;
}

/** Records a quiz answer while its section is open. */
export function setAnswer(session: ExamSession, sectionId: string, ref: string, chosen: readonly number[]): ExamSession {
  if (!isOpen(session, sectionId)) return session;
  return { ...session, answers: { ...session.answers, [ref]: [...new Set(chosen)].sort((a, b) => a - b) } };
}

/** Records a typing event and the text it left, while the section is open. */
export function recordTyping(session: ExamSession, sectionId: string, event: ChatEvent, text: string): ExamSession {
  if (!isOpen(session, sectionId)) return session;
  const log = session.typing[sectionId] ?? { text: '', events: [] };
  return { ...session, typing: { ...session.typing, [sectionId]: { text, events: [...log.events, event] } } };
}

/** Records a chat event of a drawn scenario, while its section is open. */
export function recordChat(session: ExamSession, sectionId: string, slug: string, event: ChatEvent): ExamSession {
  if (!isOpen(session, sectionId) || !(session.draw[sectionId] ?? []).includes(slug)) return session;
  return { ...session, chats: { ...session.chats, [slug]: [...(session.chats[slug] ?? []), event] } };
}

/** A paste (or drop) into an answer was blocked. */
export function recordPaste(session: ExamSession, t: number, chars: number): ExamSession {
  if (currentIndex(session) < 0) return session;
  return { ...session, integrity: [...session.integrity, { kind: 'paste', at: t, section: sectionAt(session), chars }] };
}

/** The page was hidden or lost focus at `t`. */
export function markAway(session: ExamSession, t: number): ExamSession {
  if (currentIndex(session) < 0 || session.awaySince !== null) return session;
  return { ...session, awaySince: t };
}

/** The candidate is back on the page at `t`. */
export function markBack(session: ExamSession, t: number): ExamSession {
  return closeAway(session, t);
}

/**
 * The page was loaded again at `t`: time-outs up to now are applied; if the exam still runs, the
 * time away (since the page was hidden on unload) is closed and the reload recorded.
 */
export function resumeSession(plan: ExamPlan, session: ExamSession, t: number): ExamSession {
  const s = advanceClock(plan, session, t);
  if (s.finishedAt !== null) return s;
  const back = markBack(s, t);
  return { ...back, integrity: [...back.integrity, { kind: 'reload', at: t, section: sectionAt(back) }] };
}
