import { t } from '../../i18n/chat.ts';

interface Props {
  className: string;
  /** Names the group for assistive technology: the action being confirmed. */
  label: string;
  text: string;
  yes: string;
  onYes: () => void;
  onNo: () => void;
}

/** An inline "are you sure?": the question, the action, and 取消. */
export default function Confirm({ className, label, text, yes, onYes, onNo }: Props) {
  return (
    <p className={className} role="group" aria-label={label}>
      <span>{text}</span>
      <button type="button" className="button small" onClick={onYes}>
        {yes}
      </button>
      <button type="button" className="button small secondary" onClick={onNo}>
        {t('chat.cancel')}
      </button>
    </p>
  );
}
