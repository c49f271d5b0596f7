/** Components for lesson authors. Lesson pages pass them to MDX, so lessons need no import. */
export { default as Callout } from './Callout.astro';
export { default as Checklist } from './Checklist.astro';
export { default as Quiz } from './Quiz.astro';
export { default as ScriptCard } from './ScriptCard.astro';
export { default as Steps } from './Steps.astro';
