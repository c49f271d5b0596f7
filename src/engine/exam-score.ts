/**
 * The result of a finished exam as a pure function of its plan and session: each section scored
 * from its log (typing events, chat events, answers), weighted into a total, with the reasons for
 * a fail and the integrity flags summed up. The digest is added afterwards (src/lib/exam-result.ts).
 */
import type { AttemptResult } from '../schemas/attempt.ts';
import type { ExamSession, SectionProgress } from '../schemas/exam-session.ts';
import type {
  ExamFailReason,
  ExamResultBody,
  QuestionResult,
  QuizSectionResult,
  ScenarioSectionResult,
  SectionResult,
  TypingSectionResult,
} from '../schemas/exam-result.ts';
import { EXAM_RESULT_FORMAT, MAX_LISTED_INTEGRITY_EVENTS } from '../schemas/exam-result.ts';
import { quietMsFor, replay, step } from './conversation.ts';
import type { ExamPlan, PlanQuizSection, PlanScenarioSection, PlanTypingSection } from './exam-plan.ts';
import { score } from './score.ts';
import { effectiveSpeed, typingAccuracy } from './typing-accuracy.ts';
import { measureTyping, typingScore } from './typing.ts';

const round1 = (x: number): number => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** ISO time of a moment on the exam clock. */
const isoAt = (session: ExamSession, t: number): string => new Date(session.startedAt + t).toISOString();

function base(section: { id: string; title: string; weight: number; minScore: number | null }, progress: SectionProgress | undefined, session: ExamSession) {
  return {
    id: section.id,
    title: section.title,
    weight: section.weight,
    minScore: section.minScore,
    startedAt: progress?.startedAt == null ? null : isoAt(session, progress.startedAt),
    endedAt: progress?.endedAt == null ? null : isoAt(session, progress.endedAt),
    endReason: progress?.endReason ?? null,
  };
}

/** When a section stopped: its end, or the exam's end for one never reached. */
const stoppedAt = (progress: SectionProgress | undefined, session: ExamSession): number => progress?.endedAt ?? session.finishedAt ?? 0;

export function scoreTypingSection(plan: ExamPlan, section: PlanTypingSection, session: ExamSession): TypingSectionResult {
  const progress = session.sections.find((s) => s.id === section.id);
  const log = session.typing[section.id] ?? { text: '', events: [] };
  const figures = measureTyping(log.events, log.text, stoppedAt(progress, session));
  const accuracy = typingAccuracy(section.passage, log.text, section.fold);
  const { gate, target } = plan.thresholds.typing;
  const effective = effectiveSpeed(figures.speed, accuracy);
  return {
    kind: 'typing',
    ...base(section, progress, session),
    score: effective === null ? 0 : round1(typingScore(effective, plan.thresholds.typing)),
    passageChars: accuracy.passage,
    typedChars: accuracy.typed,
    errors: accuracy.errors,
    accuracy: Math.round(accuracy.accuracy * 1000) / 1000,
    completed: accuracy.completed,
    chars: figures.chars,
    activeMs: round1(figures.activeMs),
    speed: figures.speed === null ? null : round1(figures.speed),
    effectiveSpeed: effective === null ? null : round1(effective),
    gate,
    target,
    belowGate: effective === null ? null : effective < gate,
  };
}

/** A drawn scenario's attempt: its log replayed, ended when the section ended if it was still running. */
export function scenarioAttempt(scenario: PlanScenarioSection['pool'][number], session: ExamSession, endT: number): AttemptResult {
  let state = replay(scenario, session.chats[scenario.slug] ?? [], { quietMs: quietMsFor(session.transcriptVersion) });
  if (state.status !== 'ended') state = step(state, { type: 'end', t: Math.max(endT, state.lastT ?? 0) });
  return score(state, { startedAt: isoAt(session, state.firstT ?? endT) });
}

export function scoreScenarioSection(section: PlanScenarioSection, session: ExamSession): ScenarioSectionResult {
  const progress = session.sections.find((s) => s.id === section.id);
  const endT = stoppedAt(progress, session);
  const bySlug = new Map(section.pool.map((s) => [s.slug, s]));
  const attempts = (session.draw[section.id] ?? []).flatMap((slug) => {
    const scenario = bySlug.get(slug);
    return scenario ? [scenarioAttempt(scenario, session, endT)] : [];
  });
  return { kind: 'scenarios', ...base(section, progress, session), score: round1(mean(attempts.map((a) => a.total)) ?? 0), attempts };
}

export function scoreQuizSection(section: PlanQuizSection, session: ExamSession): QuizSectionResult {
  const progress = session.sections.find((s) => s.id === section.id);
  const byRef = new Map(section.pool.map((q) => [q.ref, q]));
  const questions = (session.draw[section.id] ?? []).flatMap((ref): QuestionResult[] => {
    const q = byRef.get(ref);
    if (!q) return [];
    const chosen = [...new Set(session.answers[ref] ?? [])].sort((a, b) => a - b);
    const expected = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    return [
      {
        ref,
        question: q.question,
        answered: chosen.length > 0,
        correct: chosen.length === expected.length && chosen.every((c, i) => c === expected[i]),
        chosen,
        lesson: q.lesson,
      },
    ];
  });
  const correct = questions.filter((q) => q.correct).length;
  return {
    kind: 'quiz',
    ...base(section, progress, session),
    score: questions.length === 0 ? 0 : round1((100 * correct) / questions.length),
    correct,
    total: questions.length,
    questions,
  };
}

export function gradeFor(total: number, grades: ExamPlan['grades']): '金牌' | '银牌' | '铜牌' | null {
  if (total >= grades.金牌) return '金牌';
  if (total >= grades.银牌) return '银牌';
  if (total >= grades.铜牌) return '铜牌';
  return null;
}

function failReasons(plan: ExamPlan, sections: SectionResult[], total: number): ExamFailReason[] {
  const reasons: ExamFailReason[] = [];
  if (total < plan.passMark) reasons.push({ kind: 'below-pass-mark', message: `总分 ${total} 低于及格线 ${plan.passMark}` });
  for (const s of sections) {
    if (s.minScore !== null && s.score < s.minScore) {
      reasons.push({ kind: 'below-section-minimum', message: `${s.title} ${s.score} 分，低于本部分最低分 ${s.minScore}` });
    }
    if (s.kind === 'scenarios') {
      for (const a of s.attempts) {
        const critical = a.reasons.find((r) => r.kind === 'critical');
        if (critical) reasons.push({ kind: 'critical', message: `「${a.scenario.title}」${critical.message}` });
      }
    }
  }
  return reasons;
}

/** The exam's result without its digest. The session must have ended (`finishedAt` set). */
export function scoreExam(plan: ExamPlan, session: ExamSession): ExamResultBody {
  const finishedAt = session.finishedAt ?? 0;
  const sections = plan.sections.map((section): SectionResult => {
    if (section.kind === 'typing') return scoreTypingSection(plan, section, session);
    if (section.kind === 'scenarios') return scoreScenarioSection(section, session);
    return scoreQuizSection(section, session);
  });
  const weight = sections.reduce((a, s) => a + s.weight, 0);
  const total = round1(weight === 0 ? 0 : sections.reduce((a, s) => a + s.score * s.weight, 0) / weight);
  const reasons = failReasons(plan, sections, total);
  const passed = reasons.length === 0;

  const typingSection = sections.find((s): s is TypingSectionResult => s.kind === 'typing');
  const attempts = sections.flatMap((s) => (s.kind === 'scenarios' ? s.attempts : []));
  const firsts = attempts.flatMap((a) => (a.response.firstMs === null ? [] : [a.response.firstMs]));
  const replies = attempts.flatMap((a) => a.turns.flatMap((turn) => (turn.reply !== null && turn.responseMs !== null ? [turn.responseMs] : [])));
  const firstMs = mean(firsts);
  const averageMs = mean(replies);

  const pastes = session.integrity.flatMap((e) => (e.kind === 'paste' ? [e] : []));
  const away = session.integrity.flatMap((e) => (e.kind === 'away' ? [e] : []));

  return {
    format: EXAM_RESULT_FORMAT,
    version: 1,
    id: session.id,
    exam: { slug: plan.slug, title: plan.title, role: plan.role, revision: plan.revision },
    candidate: session.candidate,
    batch: session.batch,
    draw: { seed: session.seed, sections: Object.entries(session.draw).map(([section, items]) => ({ section, items })) },
    startedAt: isoAt(session, 0),
    endedAt: isoAt(session, finishedAt),
    durationMs: finishedAt,
    endReason: session.endReason ?? 'time-up',
    sections,
    typing: typingSection
      ? {
          speed: typingSection.speed,
          accuracy: typingSection.accuracy,
          effectiveSpeed: typingSection.effectiveSpeed,
          gate: typingSection.gate,
          target: typingSection.target,
          belowGate: typingSection.belowGate,
        }
      : null,
    response: {
      firstMs: firstMs === null ? null : round1(firstMs),
      averageMs: averageMs === null ? null : round1(averageMs),
      firstBand: { ...plan.thresholds.firstResponse },
      averageBand: { ...plan.thresholds.averageResponse },
    },
    total,
    passMark: plan.passMark,
    passed,
    grade: passed ? gradeFor(total, plan.grades) : null,
    grades: { ...plan.grades },
    reasons,
    integrity: {
      pastes: pastes.length,
      pastedChars: pastes.reduce((a, e) => a + e.chars, 0),
      away: away.length,
      awayMs: away.reduce((a, e) => a + e.durationMs, 0),
      reloads: session.integrity.filter((e) => e.kind === 'reload').length,
      events: [...session.integrity].sort((a, b) => a.at - b.at).slice(0, MAX_LISTED_INTEGRITY_EVENTS),
    },
  };
}
