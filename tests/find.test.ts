import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText, findMatches, foldText, replaceInLeaves, replaceMatches, DEFAULT_FIND_OPTIONS } from '../core/find/index.ts';
import { parseBriefing, type Briefing } from '../core/model/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { arbitraryDocument } from './fixtures/arbitraryBriefing.ts';
import { arbitraryFullDocument } from './fixtures/everyField.ts';

const WORD = '星河';

/** The zh sample with the word planted once in every kind of field the editor has. */
function everywhere(): Briefing {
  const { briefing } = sampleDocument('zh-CN');
  const b = structuredClone(briefing);
  b.meta = { ...b.meta, subtitle: `${WORD}副标题`, addressees: `${WORD}主送`, signers: ['张三', `${WORD}签发`], attachments: [`${WORD}附件`] };
  b.attendees[1]!.organisation = `${WORD}单位`;
  const sites = b.sections.find((s) => s.type === 'sites')!;
  if (sites.type === 'sites') sites.sites[0]!.name = `${WORD}车间`;
  const remarks = b.sections.find((s) => s.type === 'remarks')!;
  if (remarks.type === 'remarks') remarks.remarks[1]!.role = `${WORD}组长`;
  const text = b.sections.find((s) => s.type === 'text')!;
  if (text.type === 'text') {
    text.body = [
      { type: 'paragraph', children: [{ text: '甲星', bold: true }, { text: '河乙' }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: `一${WORD}` }] }] },
    ];
  }
  const fu = b.sections.find((s) => s.type === 'followUps')!;
  if (fu.type === 'followUps') fu.items[0]!.owner = `${WORD}局`;
  const dist = b.sections.find((s) => s.type === 'distribution')!;
  if (dist.type === 'distribution') dist.lines[0]!.recipients = `${WORD}办公室`;
  b.media[1]!.caption = `${WORD}座谈`;
  return validBriefing(b);
}

describe('folding', () => {
  it('maps full-width letters and punctuation to half-width, with offsets back to the original', () => {
    const folded = foldText('Ａｂｃ，好', { matchCase: false, ignoreWidth: true });
    expect(folded.text).toBe('abc,好');
    expect(folded.starts).toEqual([0, 1, 2, 3, 4]);
    expect(findInText('甲ｂｃ，乙', 'bc,', DEFAULT_FIND_OPTIONS)).toEqual([{ start: 1, end: 4 }]);
    expect(findInText('a,b', '，', DEFAULT_FIND_OPTIONS)).toEqual([{ start: 1, end: 2 }]);
  });

  it('honours match case and full/half-width when asked', () => {
    expect(findInText('Bc bc', 'bc', { matchCase: true, ignoreWidth: true })).toEqual([{ start: 3, end: 5 }]);
    expect(findInText('Bc bc', 'bc', { matchCase: false, ignoreWidth: true })).toHaveLength(2);
    expect(findInText('ｂｃ bc', 'bc', { matchCase: false, ignoreWidth: false })).toEqual([{ start: 3, end: 5 }]);
  });

  it('counts a character outside the BMP as one and never splits it', () => {
    expect(findInText('𠮷野家𠮷', '𠮷', DEFAULT_FIND_OPTIONS)).toEqual([{ start: 0, end: 2 }, { start: 4, end: 6 }]);
  });

  it('maps every match back to original text that folds to the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), (text, query) => {
        for (const m of findInText(text, query, DEFAULT_FIND_OPTIONS)) {
          expect(foldText(text.slice(m.start, m.end), DEFAULT_FIND_OPTIONS).text).toContain(foldText(query, DEFAULT_FIND_OPTIONS).text);
        }
      }),
    );
  });
});

describe('findMatches over every field type', () => {
  it('finds the word in meta, lists, the attendee table, sites, remarks, rich text across marks, lists, follow-ups, distribution and captions', () => {
    const paths = findMatches(everywhere(), WORD).map((m) => m.fieldPath);
    expect(paths).toEqual(
      expect.arrayContaining([
        'meta.title',
        'meta.subtitle',
        'meta.organisationVisited',
        'meta.addressees',
        'meta.signers[1]',
        'meta.attachments[0]',
        'attendees[1].organisation',
        'sections[1].sites[0].name',
        'sections[2].remarks[1].role',
        'sections[4].body[0]',
        'sections[4].body[1].children[0]',
        'sections[5].items[0].owner',
        'sections[6].lines[0].recipients',
        'media[1].caption',
      ]),
    );
    // Editor order: the details first, the photos' captions where their section is.
    expect(paths[0]).toBe('meta.title');
    expect(paths.indexOf('media[1].caption')).toBeLessThan(paths.indexOf('sections[4].body[0]'));
  });

  it('finds a match that spans a bold and a plain leaf', () => {
    const match = findMatches(everywhere(), WORD).find((m) => m.fieldPath === 'sections[4].body[0]')!;
    expect(match).toMatchObject({ start: 1, end: 3 });
  });
});

describe('replace', () => {
  it('keeps marks sensibly across leaves: the replacement takes the marks of the first character', () => {
    expect(replaceInLeaves([{ text: '甲星', bold: true }, { text: '河乙' }], [{ start: 1, end: 3 }], '银河')).toEqual([
      { text: '甲银河', bold: true },
      { text: '乙' },
    ]);
    expect(replaceInLeaves([{ text: 'ab', italic: true }, { text: 'cd' }], [{ start: 0, end: 4 }], '')).toEqual([{ text: '' }]);
    expect(replaceInLeaves([{ text: 'xab' }, { text: 'c', bold: true }, { text: 'y' }], [{ start: 1, end: 4 }], 'Z')).toEqual([{ text: 'xZy' }]);
  });

  it('replace all changes every field in one new briefing that is still valid, and leaves the old one as it was', () => {
    const before = everywhere();
    const snapshot = structuredClone(before);
    const after = replaceMatches(before, findMatches(before, WORD), '银河');
    expect(before).toEqual(snapshot);
    expect(findMatches(after, WORD)).toEqual([]);
    expect(findMatches(after, '银河').length).toBe(findMatches(before, WORD).length);
    const text = after.sections[4];
    expect(text?.type === 'text' && text.body[0]).toEqual({ type: 'paragraph', children: [{ text: '甲银河', bold: true }, { text: '乙' }] });
    expect(after.media[1]!.caption).toBe('银河座谈');
    expect(parseBriefing(after).ok).toBe(true);
    // Untouched parts are shared, not copied.
    expect(after.attendees[0]).toBe(before.attendees[0]);
  });

  it('replaces several matches in one field from its end, so offsets stay true', () => {
    const b = everywhere();
    b.meta.title = 'ab ab ab';
    const after = replaceMatches(b, findMatches(b, 'ab'), 'xyz');
    expect(after.meta.title).toBe('xyz xyz xyz');
  });

  it('replace-all on random briefings removes every match and keeps the briefing valid (property)', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryDocument('zh-CN'), arbitraryFullDocument('zh-CN')), fc.constantFrom('的', 'a', '，', '1', '年'), fc.constantFrom('□', ''), (doc, query, replacement) => {
        const after = replaceMatches(doc.briefing, findMatches(doc.briefing, query), replacement);
        expect(findMatches(after, query)).toEqual([]);
        expect(parseBriefing(after).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
