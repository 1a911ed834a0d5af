import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, richTextFromPlain, type Briefing } from '../../../../core/model/index.ts';
import { anchorFor, followedPart, followScroll } from '../follow.ts';
import { isFrameMessage } from '../frame/protocol.ts';
import { existsIn, parseModelPath } from '../modelPath.ts';

const briefing = {
  formatVersion: CURRENT_FORMAT_VERSION,
  meta: { title: 'T', visitDate: '2024-01-01', language: 'en', templateId: 'en-visit-report' },
  attendees: [{ id: 'a', name: 'A', group: 'host' }],
  sections: [
    { id: 's', type: 'sites', sites: [{ id: 'x', name: 'X', description: richTextFromPlain('one\n\ntwo'), photoIds: [] }] },
    { id: 't', type: 'text', heading: 'H', body: [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'i' }] }] }] },
  ],
  media: [],
} as unknown as Briefing;

const known = (path: string) => {
  const parsed = parseModelPath(path);
  return parsed !== undefined && existsIn(parsed, briefing);
};

describe('model paths from the preview frame', () => {
  it('accepts the paths the print HTML writes, when the briefing has what they name', () => {
    for (const path of ['meta', 'meta.title', 'attendees[0]', 'sections[0]', 'sections[0].sites[0]', 'sections[0].sites[0].description[0]', 'sections[1].body[0].children[0]']) {
      expect(known(path), path).toBe(true);
    }
  });

  it('refuses what the briefing does not have, paths of the wrong section type, and anything else', () => {
    for (const path of [
      'attendees[1]', 'sections[2]', 'sections[0].sites[1]', 'sections[1].body[1]', 'sections[1].body[0].children[1]',
      'sections[0].body[0]', 'sections[1].sites[0]', 'meta.__proto__', 'meta.constructor', 'sections[01]', 'sections[-1]',
      'sections[0] ', 'sections[0].sites[0].name', '__proto__', '', 'x'.repeat(500), 'sections[999999999]',
    ]) {
      expect(known(path), path).toBe(false);
    }
    expect(parseModelPath(42)).toBeUndefined();
    expect(parseModelPath({ toString: () => 'meta' })).toBeUndefined();
  });

  it('checks every message from the frame field by field', () => {
    expect(isFrameMessage({ kind: 'bc-preview-click', path: 'sections[0]' })).toBe(true);
    expect(isFrameMessage({ kind: 'bc-preview-click', path: 7 })).toBe(false);
    expect(isFrameMessage({ kind: 'bc-preview-click', path: 'x'.repeat(121) })).toBe(false);
    const paginated = { kind: 'bc-preview-paginated', token: 't', pages: 1, heightPx: 10, laidOutAt: 0, paginateMs: 0 };
    expect(isFrameMessage({ ...paginated, anchors: [{ path: 'meta', top: 0, bottom: 5 }] })).toBe(true);
    expect(isFrameMessage({ ...paginated, anchors: [{ path: 'meta', top: Number.NaN, bottom: 5 }] })).toBe(false);
    expect(isFrameMessage({ ...paginated, anchors: [{ path: 'meta', top: 9, bottom: 5 }] })).toBe(false);
    expect(isFrameMessage({ ...paginated })).toBe(false);
    expect(isFrameMessage({ kind: 'bc-preview-other' })).toBe(false);
  });
});

describe('following the editor', () => {
  const anchors = new Map([
    ['sections[0]', { path: 'sections[0]', top: 100, bottom: 900 }],
    ['sections[0].sites[0]', { path: 'sections[0].sites[0]', top: 120, bottom: 400 }],
  ]);

  it('finds the part, or the section it belongs to', () => {
    expect(anchorFor(anchors, 'sections[0].sites[0]')?.top).toBe(120);
    expect(anchorFor(anchors, 'sections[0].sites[3]')?.top).toBe(100);
    expect(anchorFor(anchors, 'sections[4]')).toBeUndefined();
    expect(followedPart('sections[0].sites[0].description[2]')).toBe('sections[0].sites[0]');
    expect(followedPart('sections[1].body[3]')).toBe('sections[1]');
  });

  it('scrolls to another part only when its start is out of view, and in the same part only once it has left the view', () => {
    const view = { top: 0, height: 500 };
    expect(followScroll({ top: 100, bottom: 900 }, view, true)).toBeUndefined();
    expect(followScroll({ top: 1200, bottom: 1400 }, view, true)).toBe(1184);
    // Same part, typed further: in view (even partly) it stays put; gone from view it comes back.
    expect(followScroll({ top: -300, bottom: 200 }, view, false)).toBeUndefined();
    expect(followScroll({ top: 600, bottom: 800 }, view, false)).toBe(584);
  });
});
