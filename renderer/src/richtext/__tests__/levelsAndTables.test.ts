import fc from 'fast-check';
import { Editor, Transforms } from 'slate';
import { describe, expect, test } from 'vitest';
import { RichTextSchema, type RichText } from '../../../../core/model/index.ts';
import { commandById } from '../commands.ts';
import { indentListItems, outdentListItems } from '../indent.ts';
import { listNumbers } from '../listNumbers.ts';
import { moveBetweenCells } from '../tableNav.ts';
import { editorWith, li, p } from './editorHarness.ts';

const at = (indent: number, text: string) => ({ ...li(text), ...(indent ? { indent } : {}) });
const cell = (text: string) => ({ type: 'table-cell' as const, children: [{ text }] });
const row = (...texts: string[]) => ({ type: 'table-row' as const, children: texts.map(cell) });
const valid = (editor: Editor) => expect(RichTextSchema.safeParse(editor.children).success).toBe(true);

describe('list levels in the editor', () => {
  test('indent and outdent over a selection of items; never more than one below the item before', () => {
    const editor = editorWith([{ type: 'numbered-list', children: [li('a'), li('b'), li('c')] }], [[0, 1, 0], 0], [[0, 2, 0], 1]);
    expect(indentListItems(editor)).toBe(true);
    expect(editor.children).toEqual([{ type: 'numbered-list', children: [li('a'), at(1, 'b'), at(1, 'c')] }]);
    indentListItems(editor);
    // b may go to 2? No: a is at 0, so b stays at 1; c follows b to 2.
    expect(editor.children).toEqual([{ type: 'numbered-list', children: [li('a'), at(1, 'b'), at(2, 'c')] }]);
    expect(outdentListItems(editor)).toBe(true);
    expect(editor.children).toEqual([{ type: 'numbered-list', children: [li('a'), li('b'), at(1, 'c')] }]);
    valid(editor);
  });

  test('outside a list Tab is not handled; at level 0 Shift+Tab is not either', () => {
    expect(indentListItems(editorWith([p('x')], [[0, 0], 0]))).toBe(false);
    expect(outdentListItems(editorWith([{ type: 'bulleted-list', children: [li('a')] }], [[0, 0, 0], 0]))).toBe(false);
  });

  test('normalisation clamps a jump of levels and drops indent outside a list item', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [at(3, 'a'), at(4, 'b')] }, p('x')], [[1, 0], 0]);
    Editor.normalize(editor, { force: true });
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [li('a'), at(1, 'b')] }, p('x')]);
    // Turning the items into paragraphs drops their levels.
    Transforms.select(editor, { anchor: { path: [0, 0, 0], offset: 0 }, focus: { path: [0, 1, 0], offset: 1 } });
    commandById('bulletedList')?.run(editor);
    expect(editor.children).toEqual([p('a'), p('b'), p('x')]);
  });

  test('numbers restart under each parent, as Word counts', () => {
    expect(listNumbers([li('a'), at(1, 'b'), at(1, 'c'), li('d'), at(1, 'e')])).toEqual([1, 1, 2, 2, 1]);
  });
});

describe('tables in the editor', () => {
  const table: RichText = [{ type: 'table', header: true, children: [row('h1', 'h2'), row('a', 'b')] }, p('after')];

  test('Tab walks the cells row by row and adds a row after the last; Shift+Tab walks back', () => {
    const editor = editorWith(table, [[0, 0, 1, 0], 0]);
    expect(moveBetweenCells(editor, false)).toBe(true);
    expect(editor.selection?.anchor.path).toEqual([0, 1, 0, 0]);
    moveBetweenCells(editor, false);
    moveBetweenCells(editor, false);
    expect(editor.children[0]).toEqual({ type: 'table', header: true, children: [row('h1', 'h2'), row('a', 'b'), row('', '')] });
    expect(editor.selection?.anchor.path).toEqual([0, 2, 0, 0]);
    moveBetweenCells(editor, true);
    expect(editor.selection?.anchor).toEqual({ path: [0, 1, 1, 0], offset: 1 });
    expect(moveBetweenCells(editorWith(table, [[0, 0, 0, 0], 0]), true)).toBe(false);
    expect(moveBetweenCells(editorWith(table, [[1, 0], 0]), false)).toBe(false);
  });

  test('Enter in a cell is a line break in that cell; Backspace at its start merges nothing', () => {
    const editor = editorWith(table, [[0, 1, 1, 0], 1]);
    editor.insertBreak();
    Editor.insertText(editor, 'c');
    expect((editor.children[0] as { children: unknown[] }).children[1]).toEqual(row('a', 'b\nc'));
    Transforms.select(editor, { path: [0, 1, 1, 0], offset: 0 });
    editor.deleteBackward('character');
    expect((editor.children[0] as { children: unknown[] }).children[1]).toEqual(row('a', 'b\nc'));
    valid(editor);
  });

  test('block commands leave cells alone; a heading over a paragraph and a table only reshapes the paragraph', () => {
    const editor = editorWith([p('x'), ...table], [[0, 0], 0], [[1, 1, 1, 0], 1]);
    commandById('heading1')?.run(editor);
    expect(editor.children[0]).toEqual({ type: 'heading', level: 1, children: [{ text: 'x' }] });
    expect(editor.children[1]).toEqual(table[0]);
    commandById('bulletedList')?.run(editor);
    expect(editor.children[1]).toEqual(table[0]);
    valid(editor);
  });

  test('normalisation pads short rows, wraps stray cells and keeps a paragraph after a final table', () => {
    const editor = editorWith([p('x')], [[0, 0], 0]);
    Transforms.insertNodes(editor, { type: 'table', children: [row('a', 'b', 'c'), row('d'), cell('e')] } as never, { at: [1] });
    expect(editor.children).toEqual([
      p('x'),
      { type: 'table', children: [row('a', 'b', 'c'), row('d', '', ''), row('e', '', '')] },
      p(''),
    ]);
    valid(editor);
  });

  test('a pasted table inside a cell arrives as text in that cell', () => {
    const editor = editorWith(table, [[0, 1, 0, 0], 1]);
    editor.insertData({ getData: (type: string) => (type === 'text/html' ? '<table><tr><td>x</td><td>y</td></tr></table>' : '') } as unknown as DataTransfer);
    expect((editor.children[0] as { children: unknown[] }).children[1]).toEqual(row('ax\ty', 'b'));
    valid(editor);
  });
});

describe('the toolbar’s table button', () => {
  test('puts a 3×3 table with a header row in place of an empty paragraph, the caret in its first cell', () => {
    const editor = editorWith([p('x'), p('')], [[1, 0], 0]);
    commandById('insertTable')?.run(editor);
    expect(editor.children).toEqual([p('x'), { type: 'table', header: true, children: [row('', '', ''), row('', '', ''), row('', '', '')] }, p('')]);
    expect(editor.selection?.anchor.path).toEqual([1, 0, 0, 0]);
    expect(commandById('insertTable')?.isActive(editor)).toBe(true);
    // Inside a table it adds nothing.
    commandById('insertTable')?.run(editor);
    expect(editor.children).toHaveLength(3);
    valid(editor);
  });

  test('after a paragraph with text, the table goes below it', () => {
    const editor = editorWith([p('会谈纪要')], [[0, 0], 2]);
    commandById('insertTable')?.run(editor);
    expect(editor.children.map((n) => (n as { type: string }).type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(editor.children[0]).toEqual(p('会谈纪要'));
  });
});

test('a table copied inside the app and pasted into the middle of a paragraph arrives whole', () => {
  const editor = editorWith([p('前文后文')], [[0, 0], 2]);
  const copied = [{ type: 'table', children: [row('a', 'b')] }];
  const fragment = btoa(encodeURIComponent(JSON.stringify(copied)));
  editor.insertData({ getData: (type: string) => (type === 'application/x-slate-fragment' ? fragment : '') } as unknown as DataTransfer);
  expect(editor.children).toEqual([p('前文'), { type: 'table', children: [row('a', 'b')] }, p('后文')]);
});

test('deleting, typing or breaking over any selection across lists and tables leaves a valid rich text', () => {
  const doc: RichText = [
    p('开头'),
    { type: 'numbered-list', children: [li('一'), at(1, '二'), at(2, '三')] },
    { type: 'table', header: true, children: [row('a', 'bb'), row('ccc', 'd')] },
    p('结尾'),
  ];
  const points = Array.from(Editor.positions(editorWith(doc, [[0, 0], 0])));
  fc.assert(
    fc.property(fc.nat(points.length - 1), fc.nat(points.length - 1), fc.constantFrom('delete', 'type', 'break', 'tab'), (a, b, action) => {
      const editor = editorWith(doc, [points[a]!.path, points[a]!.offset], [points[b]!.path, points[b]!.offset]);
      if (action === 'delete') editor.deleteFragment();
      if (action === 'type') Editor.insertText(editor, 'x');
      if (action === 'break') editor.insertBreak();
      if (action === 'tab') {
        if (!moveBetweenCells(editor, false)) indentListItems(editor);
      }
      // Slate normalises after each operation by itself, as in the app: no forced pass here.
      expect(RichTextSchema.safeParse(editor.children).success).toBe(true);
    }),
    { numRuns: 400 },
  );
});
