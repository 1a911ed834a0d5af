import { describe, expect, it } from 'vitest';
import { COMMANDS, commandById } from '../definitions.ts';
import { commandForKey, shortcutLabel } from '../shortcuts.ts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('command table', () => {
  it('gives every command one id and no two commands the same shortcut', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const chords = COMMANDS.flatMap((c) => c.shortcuts.map((s) => `${s.mod}${s.shift}${s.alt}${s.key}`));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it.each([
    [key('s', { ctrl: true }), 'save'],
    [key('S', { ctrl: true, shift: true }), 'saveAs'],
    [key('o', { ctrl: true }), 'open'],
    [key('n', { ctrl: true }), 'new'],
    [key('z', { ctrl: true }), 'undo'],
    [key('y', { ctrl: true }), 'redo'],
    [key('Z', { ctrl: true, shift: true }), 'redo'],
    [key('P', { ctrl: true, shift: true }), 'togglePreview'],
    [key('f', { ctrl: true }), 'find'],
    [key('h', { ctrl: true }), 'replace'],
    [key('F3'), 'findNext'],
    [key('F3', { shift: true }), 'findPrevious'],
  ])('Ctrl chord %o runs %s on Windows and Linux', (event, id) => {
    expect(commandForKey(COMMANDS, event, false)?.id).toBe(id);
  });

  it('uses ⌘ on macOS, where Ctrl+S is not Save', () => {
    expect(commandForKey(COMMANDS, key('s', { meta: true }), true)?.id).toBe('save');
    expect(commandForKey(COMMANDS, key('s', { ctrl: true }), true)).toBeUndefined();
    expect(commandForKey(COMMANDS, key('s', { meta: true }), false)).toBeUndefined();
    expect(shortcutLabel({ key: 's', mod: true, shift: true }, true)).toBe('⌘⇧S');
    expect(shortcutLabel({ key: 's', mod: true, shift: true }, false)).toBe('Ctrl+Shift+S');
  });

  it('replaces with ⌘⌥F on macOS, where ⌘H hides the app', () => {
    expect(commandForKey(COMMANDS, key('f', { meta: true, alt: true }), true)?.id).toBe('replace');
    expect(commandForKey(COMMANDS, key('f', { meta: true }), true)?.id).toBe('find');
  });

  it("leaves Word's own chords alone: Ctrl+E centres text in Word and WPS, Ctrl+Shift+E tracks changes", () => {
    expect(commandForKey(COMMANDS, key('e', { ctrl: true }), false)).toBeUndefined();
    expect(commandForKey(COMMANDS, key('E', { ctrl: true, shift: true }), false)).toBeUndefined();
    expect(commandForKey(COMMANDS, key('e', { meta: true }), true)).toBeUndefined();
  });

  it('ignores plain typing and chords with extra modifiers', () => {
    expect(commandForKey(COMMANDS, key('s'), false)).toBeUndefined();
    expect(commandForKey(COMMANDS, key('s', { ctrl: true, alt: true }), false)).toBeUndefined();
  });

  it('resolves the ids the host menu sends', () => {
    for (const id of ['new', 'open', 'save', 'saveAs', 'exportDocx', 'exportPdf', 'print', 'undo', 'redo', 'togglePreview']) {
      expect(commandById(id)?.id).toBe(id);
    }
    expect(commandById('language:en')).toBeUndefined();
  });
});
