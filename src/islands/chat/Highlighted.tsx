import { highlightSegments } from '../../lib/highlight-segments.ts';
import type { Match } from '../../schemas/attempt.ts';

interface Props {
  text: string;
  matches: readonly Match[];
  /** Where `text` starts in the text the matches point into (a message of a reply of several). */
  offset?: number;
}

/**
 * A reply with the words its criteria matched marked: `found` (what a check looked for) and
 * `wrong` (what counts against it). Always text nodes, whatever the reply contains.
 */
export default function Highlighted({ text, matches, offset = 0 }: Props) {
  const shifted = offset === 0 ? matches : matches.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  return (
    <>
      {highlightSegments(text, shifted).map((s, i) =>
        s.kind === 'plain' ? (
          s.text
        ) : (
          <mark key={i} className={s.kind} title={s.terms.join('、')}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
