import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, richTextFromPlain, type Briefing } from '../../../../core/model/index.ts';
import { largeDocument } from '../../../../tests/fixtures/large.ts';
import { replaceSection } from '../../state/edit.ts';
import { briefingTexts, countBriefing, countText } from '../editor/counts.ts';

describe('word and character counts', () => {
  it('counts each Chinese character as a word and Latin runs as one', () => {
    // 6 + 1 + 5 words and 17 characters; don't, stop, 12.5, more and 19 characters.
    expect(countText(['调研组参观了Chrome浏览器团队', "don't stop, 12.5% more"])).toEqual({ words: 16, characters: 36 });
  });

  it('leaves white space out of the character count', () => {
    expect(countText(['a b\tc\n　d'])).toEqual({ words: 4, characters: 4 });
  });

  it('counts what the exports print: hidden sections are left out', () => {
    const briefing: Briefing = {
      formatVersion: CURRENT_FORMAT_VERSION,
      meta: { title: '简报', visitDate: '2026-01-02', language: 'zh-CN', templateId: 'cn-work-briefing' },
      attendees: [{ id: 'a', name: '张三', group: 'host', leader: false }],
      sections: [
        { id: 't1', type: 'text', heading: '总结', body: richTextFromPlain('很好') },
        { id: 't2', type: 'text', heading: '隐藏', body: richTextFromPlain('不算'), hidden: true },
      ],
      media: [],
    };
    expect(briefingTexts(briefing)).toEqual(['简报', '张三', '', '', '总结', '很好']);
    expect(countText(briefingTexts(briefing)).words).toBe(8);
  });

  it('counts a briefing section by section as the whole text counts, and follows each edit (only the changed section is counted again)', () => {
    const { briefing } = largeDocument({ pages: 10, photos: 4, language: 'en' });
    expect(countBriefing(briefing)).toEqual(countText(briefingTexts(briefing)));
    const text = briefing.sections.find((s) => s.type === 'text')!;
    const typed = replaceSection(briefing, text.id, (s) => (s.type === 'text' ? { ...s, body: [...s.body, ...richTextFromPlain('three more words')] } : s));
    expect(countBriefing(typed).words).toBe(countBriefing(briefing).words + 3);
    expect(countBriefing(typed)).toEqual(countText(briefingTexts(typed)));
    // A caption lives in the media list, outside the photos section: it is counted too.
    const captioned = { ...typed, media: typed.media.map((m, i) => (i === typed.media.length - 1 ? { ...m, caption: `${m.caption ?? ''} and two` } : m)) };
    expect(countBriefing(captioned)).toEqual(countText(briefingTexts(captioned)));
    const hidden = replaceSection(captioned, text.id, (s) => ({ ...s, hidden: true }));
    expect(countBriefing(hidden)).toEqual(countText(briefingTexts(hidden)));
  });
});
