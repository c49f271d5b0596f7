import { describe, expect, test } from 'vitest';
import { isSearchShortcut, type ShortcutEvent } from '../../../src/scripts/search-keys.ts';

const key = (overrides: Partial<ShortcutEvent>): ShortcutEvent => ({
  key: '/',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  target: { tagName: 'BODY' },
  ...overrides,
});

describe('isSearchShortcut', () => {
  test.each([
    ['/ on the page', key({}), true],
    ['Ctrl+K', key({ key: 'k', ctrlKey: true }), true],
    ['⌘K', key({ key: 'k', metaKey: true }), true],
    ['Ctrl+K with Caps Lock', key({ key: 'K', ctrlKey: true }), true],
    ['Ctrl+K in a text field', key({ key: 'k', ctrlKey: true, target: { tagName: 'INPUT' } }), true],
    ['/ in a text field', key({ target: { tagName: 'INPUT' } }), false],
    ['/ in a text area', key({ target: { tagName: 'TEXTAREA' } }), false],
    ['/ in an editable element', key({ target: { tagName: 'DIV', isContentEditable: true } }), false],
    ['/ while an IME composes', key({ isComposing: true }), false],
    ['Alt+/', key({ altKey: true }), false],
    ['Ctrl+/', key({ ctrlKey: true }), false],
    ['k alone', key({ key: 'k' }), false],
  ])('%s → %s', (_, event, expected) => {
    expect(isSearchShortcut(event)).toBe(expected);
  });
});
