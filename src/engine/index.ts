/**
 * The engine's browser-safe API: everything the chat island and the report need to run a
 * compiled scenario, replay a log and score it. No zod, no opencc, no DOM, no clock.
 *
 * Compiling a scenario (`compileScenario` in ./compile.ts) happens at build time or in the CLI;
 * it needs the full fold table and is not exported here.
 */
export { END, type CompiledScenario, type CompiledTurn, type CompiledCriterion, type Thresholds } from './compiled.ts';
export {
  start,
  step,
  replay,
  closesAt,
  quietMsFor,
  customerDelayMs,
  moodBand,
  QUIET_MS,
  DRAIN_PER_SECOND,
  RESTORE,
  type ConversationOptions,
  type ConversationState,
  type PendingMessage,
  type SentMessage,
  type TurnRecord,
  type Outcome,
} from './conversation.ts';
export { score, scoreEvents, gradeFor, type ScoreOptions } from './score.ts';
export { normalize, normalizeView, sourceSpan, type TextView } from './normalize.ts';
export { matchView, evaluateCriterion, prepareReply } from './rubric.ts';
export { countChars, measureTyping, typingScore, IDLE_CAP_MS, MAX_SPEED, MIN_ACTIVE_MS, type TypingFigures } from './typing.ts';
export { bandScore, summarizeResponses } from './response-time.ts';
export { canonicalJson, digest, sha256Hex } from './digest.ts';
