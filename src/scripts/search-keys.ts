/** Keyboard shortcuts that open search: `/` outside text fields, Ctrl+K and ⌘K anywhere. */

/** The parts of a KeyboardEvent the decision needs, so it is tested without a DOM. */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

/** True where `/` is something the reader is typing rather than a shortcut. */
function isTextField(target: ShortcutEvent['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '');
}

export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.isComposing || event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'k';
  return event.key === '/' && !isTextField(event.target);
}
