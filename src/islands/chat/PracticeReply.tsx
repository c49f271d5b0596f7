import type { CompiledScenario } from '../../engine/index.ts';
import type { TraineeBubble } from '../../lib/chat-view.ts';
import Highlighted from './Highlighted.tsx';
import ReplyFeedback, { replyCriteria } from './ReplyFeedback.tsx';

/**
 * A message of the trainee in practice (ChatWindow's `Reply`): the words its reply's criteria
 * matched marked, and under the reply's last message the feedback with the model answer.
 */
export default function PracticeReply({ bubble, scenario }: { bubble: TraineeBubble; scenario: CompiledScenario }) {
  const { record } = bubble;
  return (
    <>
      <p className="text">{record ? <Highlighted text={bubble.text} matches={replyCriteria(record).flatMap((c) => c.matches)} offset={bubble.offset} /> : bubble.text}</p>
      {bubble.last && record && <ReplyFeedback record={record} model={scenario.turns.find((x) => x.id === record.turn)?.model ?? ''} />}
    </>
  );
}
