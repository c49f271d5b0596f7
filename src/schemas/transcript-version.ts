/**
 * The version of the event logs the chat window records (src/schemas/transcript.ts): 2 since a
 * reply may be several messages. A plain constant (no zod), so the exercise page can stamp the
 * logs it saves without loading the schema.
 */
export const TRANSCRIPT_VERSION = 2;
