import { Editor, Transforms } from 'slate';
import { describe, expect, test } from 'vitest';
import { RichTextSchema } from '../../../../core/model/index.ts';
import { commandById, commandForKey, RICH_TEXT_COMMANDS } from '../commands.ts';
import { editorWith, li, p } from './editorHarness.ts';

const run = (editor: Editor, id: string) => {
  const command = commandById(id);
  if (!command) throw new Error(`no command ${id}`);
  command.run(editor);
  return command;
};

describe('marks', () => {
  test('bold over a selection splits the leaf; again removes it (absent, never false)', () => {
    const editor = editorWith([p('会谈纪要')], [[0, 0], 2], [[0, 0], 4]);
    const bold = run(editor, 'bold');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '会谈' }, { text: '纪要', bold: true }] }]);
    expect(bold.isActive(editor)).toBe(true);
    run(editor, 'bold');
    expect(editor.children).toEqual([p('会谈纪要')]);
    expect(bold.isActive(editor)).toBe(false);
  });

  test('with a collapsed caret the mark is pending and applies to what is typed next', () => {
    const editor = editorWith([p('ab')], [[0, 0], 1]);
    run(editor, 'italic');
    run(editor, 'underline');
    expect(commandById('italic')?.isActive(editor)).toBe(true);
    Editor.insertText(editor, '中');
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: 'a' }, { text: '中', italic: true, underline: true }, { text: 'b' }] },
    ]);
  });
});

describe('blocks', () => {
  test('heading 2 on, then off again to a paragraph without a stray level', () => {
    const editor = editorWith([p('Agenda'), p('body')], [[0, 0], 0]);
    run(editor, 'heading2');
    expect(editor.children).toEqual([{ type: 'heading', level: 2, children: [{ text: 'Agenda' }] }, p('body')]);
    expect(commandById('heading2')?.isActive(editor)).toBe(true);
    expect(commandById('heading1')?.isActive(editor)).toBe(false);
    run(editor, 'heading1');
    expect(editor.children[0]).toEqual({ type: 'heading', level: 1, children: [{ text: 'Agenda' }] });
    run(editor, 'heading1');
    expect(editor.children).toEqual([p('Agenda'), p('body')]);
  });

  test('a bulleted list wraps every selected paragraph in one list; toggling again unwraps them', () => {
    const editor = editorWith([p('a'), p('b'), p('c')], [[0, 0], 0], [[1, 0], 1]);
    run(editor, 'bulletedList');
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [li('a'), li('b')] }, p('c')]);
    run(editor, 'bulletedList');
    expect(editor.children).toEqual([p('a'), p('b'), p('c')]);
  });

  test('numbered list on a bulleted list switches its kind; a heading becomes an item without its level', () => {
    const editor = editorWith(
      [{ type: 'heading', level: 3, children: [{ text: 'h' }] }, { type: 'bulleted-list', children: [li('x')] }],
      [[0, 0], 0],
      [[1, 0, 0], 1],
    );
    run(editor, 'numberedList');
    expect(editor.children).toEqual([{ type: 'numbered-list', children: [li('h'), li('x')] }]);
  });

  test('paragraph on the middle item splits the list around it', () => {
    const editor = editorWith([{ type: 'numbered-list', children: [li('1'), li('2'), li('3')] }], [[0, 1, 0], 0]);
    run(editor, 'paragraph');
    expect(editor.children).toEqual([
      { type: 'numbered-list', children: [li('1')] },
      p('2'),
      { type: 'numbered-list', children: [li('3')] },
    ]);
  });

  test('quote toggles a block-quote', () => {
    const editor = editorWith([p('said')], [[0, 0], 0]);
    run(editor, 'blockQuote');
    expect(editor.children).toEqual([{ type: 'block-quote', children: [{ text: 'said' }] }]);
    run(editor, 'blockQuote');
    expect(editor.children).toEqual([p('said')]);
  });
});

describe('Enter and Backspace', () => {
  test('Enter on an empty list item leaves the list', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [li('one')] }], [[0, 0, 0], 3]);
    Editor.insertBreak(editor);
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [li('one'), li('')] }]);
    Editor.insertBreak(editor);
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [li('one')] }, p('')]);
    Editor.insertText(editor, '正文');
    expect(editor.children[1]).toEqual(p('正文'));
  });

  test('Enter at the end of a heading continues with a paragraph', () => {
    const editor = editorWith([{ type: 'heading', level: 1, children: [{ text: 'Title' }] }], [[0, 0], 5]);
    Editor.insertBreak(editor);
    Editor.insertText(editor, 'body');
    expect(editor.children).toEqual([{ type: 'heading', level: 1, children: [{ text: 'Title' }] }, p('body')]);
  });

  test('Backspace at the start of a heading makes it a paragraph and merges nothing', () => {
    const editor = editorWith([p('before'), { type: 'heading', level: 2, children: [{ text: 'Title' }] }], [[1, 0], 0]);
    Editor.deleteBackward(editor);
    expect(editor.children).toEqual([p('before'), p('Title')]);
    Editor.deleteBackward(editor);
    expect(editor.children).toEqual([p('beforeTitle')]);
  });

  test('Backspace inside a heading still deletes a character', () => {
    const editor = editorWith([{ type: 'heading', level: 2, children: [{ text: 'Title' }] }], [[0, 0], 5]);
    Editor.deleteBackward(editor);
    expect(editor.children).toEqual([{ type: 'heading', level: 2, children: [{ text: 'Titl' }] }]);
  });
});

describe('shortcuts', () => {
  const key = (init: Partial<KeyboardEventInit> & { key: string; code: string }) => ({
    ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init,
  });

  test('every command has its own shortcut', () => {
    const specs = RICH_TEXT_COMMANDS.map((c) => JSON.stringify(c.shortcut));
    expect(new Set(specs).size).toBe(RICH_TEXT_COMMANDS.length);
  });

  test.each([
    [{ key: 'b', code: 'KeyB', ctrlKey: true }, false, 'bold'],
    [{ key: 'b', code: 'KeyB', metaKey: true }, true, 'bold'],
    [{ key: 'i', code: 'KeyI', ctrlKey: true }, false, 'italic'],
    [{ key: 'u', code: 'KeyU', ctrlKey: true }, false, 'underline'],
    [{ key: '*', code: 'Digit8', ctrlKey: true, shiftKey: true }, false, 'bulletedList'],
    [{ key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true }, false, 'numberedList'],
    [{ key: '(', code: 'Digit9', ctrlKey: true, shiftKey: true }, false, 'blockQuote'],
    [{ key: '¡', code: 'Digit1', metaKey: true, altKey: true }, true, 'heading1'],
    [{ key: '2', code: 'Digit2', ctrlKey: true, altKey: true }, false, 'heading2'],
    [{ key: '3', code: 'Numpad3', ctrlKey: true, altKey: true }, false, 'heading3'],
    [{ key: '0', code: 'Digit0', ctrlKey: true, altKey: true }, false, 'paragraph'],
  ])('%o (mac: %s) runs %s', (init, mac, id) => {
    expect(commandForKey(key(init), mac)?.id).toBe(id);
  });

  test.each([
    [{ key: 'b', code: 'KeyB' }, false],
    [{ key: 'b', code: 'KeyB', ctrlKey: true, shiftKey: true }, false],
    [{ key: 'b', code: 'KeyB', ctrlKey: true }, true],
    [{ key: '8', code: 'Digit8', ctrlKey: true }, false],
    [{ key: 'z', code: 'KeyZ', ctrlKey: true }, false],
  ])('%o (mac: %s) runs nothing', (init, mac) => {
    expect(commandForKey(key(init), mac)).toBeUndefined();
  });
});

test('whatever the commands do, the editor holds a valid RichText', () => {
  const editor = editorWith([p('a'), { type: 'bulleted-list', children: [li('b')] }, p('c')], [[0, 0], 0], [[2, 0], 1]);
  for (const command of RICH_TEXT_COMMANDS) {
    command.run(editor);
    expect(() => RichTextSchema.parse(editor.children)).not.toThrow();
  }
  Transforms.select(editor, Editor.end(editor, []));
  Editor.insertBreak(editor);
  Editor.insertBreak(editor);
  expect(() => RichTextSchema.parse(editor.children)).not.toThrow();
});
