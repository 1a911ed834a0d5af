import { describe, expect, test } from 'vitest';
import { RichTextSchema } from '../../../../core/model/index.ts';
import { richTextFromClipboard } from '../paste/clipboard.ts';
import { deserializeHtml } from '../paste/deserialize.ts';
import { plainTextToRichText } from '../paste/plain.ts';
import { GOOGLE_DOCS_HTML, WEB_HTML, WORD_HTML, WPS_HTML } from './fixtures/clipboardHtml.ts';

describe('paste from Word', () => {
  const result = deserializeHtml(WORD_HTML);

  test('keeps headings, marks and lists, and nothing of the head, images or Office markup', () => {
    expect(result).toEqual([
      { type: 'heading', level: 1, children: [{ text: 'Visit 概况' }] },
      { type: 'paragraph', children: [{ text: '时间：', bold: true }, { text: '2024年5月16日' }] },
      {
        type: 'paragraph',
        children: [
          { text: '代表团参观了园区展厅，听取了园区负责人的介绍。' },
          { text: 'Notes', italic: true },
          { text: ' ' },
          { text: 'follow', underline: true },
        ],
      },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: '参观展厅' }] },
          { type: 'list-item', children: [{ text: '座谈交流，' }, { text: '签署备忘录', bold: true }] },
        ],
      },
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Confirm the agenda' }] },
          { type: 'list-item', children: [{ text: 'Send the minutes' }] },
        ],
      },
      {
        type: 'paragraph',
        children: [{ text: 'Bold by style', bold: true }, { text: ', ' }, { text: 'both by style', italic: true, underline: true }],
      },
    ]);
    expect(RichTextSchema.parse(result)).toEqual(result);
  });

  test('drops the script in the head and the bullet glyphs', () => {
    const text = JSON.stringify(result);
    expect(text).not.toContain('stolen');
    expect(text).not.toContain('·');
    expect(text).not.toContain('mso');
  });
});

test('paste from WPS: Chinese numbering becomes a numbered list; ideographic indentation survives', () => {
  expect(deserializeHtml(WPS_HTML)).toEqual([
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: '双方介绍工作情况' }] },
        { type: 'list-item', children: [{ text: '商定合作事项', bold: true }] },
      ],
    },
    { type: 'paragraph', children: [{ text: '　　会谈在友好的气氛中进行。' }] },
  ]);
});

test("paste from Google Docs: the wrapper <b style='font-weight:normal'> does not make everything bold", () => {
  expect(deserializeHtml(GOOGLE_DOCS_HTML)).toEqual([
    { type: 'heading', level: 2, children: [{ text: 'Agenda' }] },
    {
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'Arrival', bold: true }, { text: ' at 9:00' }] },
        { type: 'list-item', children: [{ text: 'Tour', italic: true }] },
      ],
    },
    { type: 'paragraph', children: [{ text: 'Signed', underline: true }] },
  ]);
});

test('paste from a web page: scripts, styles, hidden text and images dropped; h4 → heading 3; nested lists keep their level', () => {
  expect(deserializeHtml(WEB_HTML)).toEqual([
    { type: 'paragraph', children: [{ text: 'Home' }] },
    { type: 'heading', level: 3, children: [{ text: 'Sub heading' }] },
    {
      type: 'paragraph',
      children: [{ text: 'First ' }, { text: 'strong', bold: true }, { text: ' and ' }, { text: 'em', italic: true }, { text: '.' }],
    },
    { type: 'block-quote', children: [{ text: 'Quoted ' }, { text: 'text', bold: true }] },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'one' }] },
        { type: 'list-item', children: [{ text: 'two' }] },
        { type: 'list-item', indent: 1, children: [{ text: 'nested' }] },
      ],
    },
    { type: 'paragraph', children: [{ text: 'line one' }] },
    { type: 'paragraph', children: [{ text: 'line two' }] },
  ]);
});

test('HTML with no text gives an empty rich text, and the clipboard then falls back to the plain text', () => {
  expect(deserializeHtml('<img src="a.png"><style>p{}</style><!-- c -->')).toEqual([]);
  const clipboard = { getData: (type: string) => ({ 'text/html': '<img src="a.png">', 'text/plain': 'caption' })[type] ?? '' };
  expect(richTextFromClipboard(clipboard)).toEqual([{ type: 'paragraph', children: [{ text: 'caption' }] }]);
});

test('plain text: one paragraph per line, Windows line ends, no extra paragraph for the final newline', () => {
  expect(plainTextToRichText('第一行\r\n\r\nsecond\n')).toEqual([
    { type: 'paragraph', children: [{ text: '第一行' }] },
    { type: 'paragraph', children: [{ text: '' }] },
    { type: 'paragraph', children: [{ text: 'second' }] },
  ]);
});
