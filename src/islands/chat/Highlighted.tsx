import { highlightSegments } from '../../lib/chat-format.ts';
import type { Match } from '../../schemas/attempt.ts';

interface Props {
  text: string;
  matches: readonly Match[];
}

/**
 * A reply with the words its criteria matched marked: `found` (what a check looked for) and
 * `wrong` (what counts against it). Always text nodes, whatever the reply contains.
 */
export default function Highlighted({ text, matches }: Props) {
  return (
    <>
      {highlightSegments(text, matches).map((s, i) =>
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
