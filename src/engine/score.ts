/**
 * The result of a conversation (src/schemas/attempt.ts): rubric, response time and typing scored,
 * weighted into a total, with the reasons for a fail. A pure function of the conversation state,
 * itself a pure function of the event log.
 */
import type { AttemptResult, CriterionResult, FailReason, Flag, Grade, TurnResult, TypingFiguresResult } from '../schemas/attempt.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import type { CompiledScenario } from './compiled.ts';
import { replay, type ConversationOptions, type ConversationState } from './conversation.ts';
import { evaluateConversationCriterion, notApplicable, prepareReply, type TurnReply } from './rubric.ts';
import { summarizeResponses } from './response-time.ts';
import { totalTyping, typingScore, type TypingFigures } from './typing.ts';

/** Grade bands of a typical KPI sheet (domain brief). */
export const GRADES: ReadonlyArray<{ grade: Grade; min: number }> = [
  { grade: '金牌', min: 90 },
  { grade: '银牌', min: 80 },
  { grade: '铜牌', min: 70 },
];

export interface ScoreOptions {
  /** Wall-clock time of the first event (ISO 8601), from the transcript. */
  startedAt?: string | null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round1OrNull = (x: number | null): number | null => (x === null ? null : round1(x));

function typingResult(f: TypingFigures): TypingFiguresResult {
  return { chars: f.chars, committed: f.committed, pasted: f.pasted, activeMs: round1(f.activeMs), speed: round1OrNull(f.speed) };
}

export function gradeFor(total: number): Grade | null {
  return GRADES.find((g) => total >= g.min)?.grade ?? null;
}

/** The weighted total of the parts that could be scored; a part with no score lends its weight to the others. */
export function weightedTotal(parts: ReadonlyArray<{ score: number | null; weight: number }>): number {
  const scored = parts.filter((p): p is { score: number; weight: number } => p.score !== null && p.weight > 0);
  const weight = scored.reduce((a, p) => a + p.weight, 0);
  if (weight === 0) return 0;
  return Math.min(100, Math.max(0, scored.reduce((a, p) => a + p.score * p.weight, 0) / weight));
}

function isoPlus(iso: string | null | undefined, ms: number): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (!Number.isFinite(at) || !Number.isFinite(ms)) return null;
  const end = new Date(at + ms);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

/** Scores a conversation at any point; a conversation still running scores as incomplete. */
export function score(state: ConversationState, options: ScoreOptions = {}): AttemptResult {
  const { scenario } = state;
  const outcome = state.outcome ?? 'incomplete';
  const lastT = state.lastT ?? 0;
  const firstT = state.firstT ?? lastT;
  const turnsById = new Map(scenario.turns.map((t) => [t.id, t]));

  const turns = state.records.map((r): TurnResult => {
    const turn = turnsById.get(r.turn);
    const criteria = r.reply === null ? (turn?.criteria ?? []).map(notApplicable) : r.criteria;
    return {
      turn: r.turn,
      customer: r.customer,
      shownAt: r.shownAt,
      sentAt: r.sentAt,
      reply: r.reply,
      messages: r.messages.map((m) => ({ text: m.text, sentAt: m.sentAt })),
      model: turn?.model ?? '',
      responseMs: r.responseMs,
      late: r.late,
      criteria,
      typing: r.typing ? typingResult(r.typing) : null,
      mood: r.mood,
      patience: round1(r.patience),
    };
  });

  const replies: TurnReply[] = state.records.flatMap((r) => (r.reply === null ? [] : [{ turn: r.turn, reply: prepareReply(r.reply, scenario.fold) }]));
  const visited = new Set(state.visited);
  const conversation = scenario.rubric.map((c) => evaluateConversationCriterion(c, replies, visited, scenario.fold));

  const applied: CriterionResult[] = [...turns.flatMap((t) => t.criteria), ...conversation];
  const answered = new Set(turns.filter((t) => t.reply !== null).map((t) => t.turn));
  const notApplicableIds = [
    ...scenario.turns.filter((t) => !answered.has(t.id)).flatMap((t) => t.criteria.map((c) => c.id)),
    ...conversation.filter((c) => c.status === 'na').map((c) => c.id),
  ];
  const counted = applied.filter((c) => c.status !== 'na');
  const possible = counted.reduce((a, c) => a + c.weight, 0);
  const earned = counted.filter((c) => c.status === 'pass').reduce((a, c) => a + c.weight, 0);
  const rubricScore = possible > 0 ? (100 * earned) / possible : null;

  const times = state.records.flatMap((r) => (r.responseMs !== null && (r.reply !== null || outcome === 'customer-left') ? [r.responseMs] : []));
  const { firstResponse, averageResponse, typing: typingBand } = scenario.thresholds;
  const response = summarizeResponses(times, firstResponse, averageResponse);

  const typing = totalTyping(state.records.flatMap((r) => (r.typing ? [r.typing] : [])));
  const typingPart = typing.speed === null ? null : typingScore(typing.speed, typingBand);

  const parts = {
    rubric: { score: round1OrNull(rubricScore), weight: scenario.weights.rubric },
    response: { score: round1OrNull(response.score), weight: scenario.weights.response },
    typing: { score: round1OrNull(typingPart), weight: scenario.weights.typing },
  };
  const total = round1(weightedTotal([parts.rubric, parts.response, parts.typing]));

  const reasons: FailReason[] = [];
  const criticalFails = applied.filter((c) => c.critical && c.status === 'fail');
  if (criticalFails.length > 0) {
    reasons.push({
      kind: 'critical',
      message: `关键项未通过：${[...new Set(criticalFails.map((c) => c.label))].join('、')}`,
      criteria: [...new Set(criticalFails.map((c) => c.id))],
    });
  }
  if (outcome === 'customer-left') {
    const waited = state.records[state.records.length - 1]?.reply === null;
    reasons.push({ kind: 'customer-left', message: waited ? '顾客等不及，离开了（流失）' : '顾客对回复不满，离开了（流失）', criteria: [] });
  }
  if (outcome === 'incomplete') reasons.push({ kind: 'incomplete', message: '对话没有完成：还有顾客的消息没有回复', criteria: [] });
  if (total < scenario.passMark) {
    reasons.push({ kind: 'below-pass-mark', message: `总分 ${total} 低于及格线 ${scenario.passMark}`, criteria: [] });
  }

  const flags: Flag[] =
    state.awaySince === null
      ? state.flags
      : [...state.flags, { kind: 'focus-loss', t: state.awaySince, turn: null, durationMs: Math.max(0, lastT - state.awaySince) }];
  const durationMs = Math.max(0, lastT - firstT);
  const startedAt = options.startedAt ?? null;

  return {
    version: 1,
    scenario: { slug: scenario.slug, title: scenario.title },
    startedAt: isoPlus(startedAt, 0),
    endedAt: isoPlus(startedAt, durationMs),
    durationMs,
    outcome,
    turns,
    rubric: { criteria: conversation, score: round1OrNull(rubricScore), earned, possible, notApplicable: [...new Set(notApplicableIds)] },
    response: {
      firstMs: response.firstMs,
      averageMs: round1OrNull(response.averageMs),
      firstScore: round1OrNull(response.firstScore),
      averageScore: round1OrNull(response.averageScore),
      score: round1OrNull(response.score),
      firstBand: { ...firstResponse },
      averageBand: { ...averageResponse },
    },
    typing: {
      ...typingResult(typing),
      gate: typingBand.gate,
      target: typingBand.target,
      belowGate: typing.speed === null ? null : typing.speed < typingBand.gate,
      score: round1OrNull(typingPart),
    },
    parts,
    total,
    passMark: scenario.passMark,
    passed: reasons.length === 0,
    grade: reasons.length === 0 ? gradeFor(total) : null,
    reasons,
    timeline: state.timeline,
    flags,
  };
}

/** Replays a log and scores it: what the CLI prints for a transcript. */
export function scoreEvents(
  scenario: CompiledScenario,
  events: readonly ChatEvent[],
  options: ScoreOptions & ConversationOptions = {},
): { state: ConversationState; result: AttemptResult } {
  const state = replay(scenario, events, options);
  return { state, result: score(state, options) };
}
