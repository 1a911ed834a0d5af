import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, formatProblems, parseBriefing, parseBriefingText, parseCompleteBriefing, type Problem } from '../core/model/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';

type Key = string | number;
type Change = [path: Key[], value: unknown];
const REMOVE = Symbol('remove');

/** The sample briefing as raw JSON with some fields changed or removed: what a hand-edited file would hold. */
function sampleWith(changes: Change[], language: 'en' | 'zh-CN' = 'en'): unknown {
  const doc: unknown = JSON.parse(JSON.stringify(sampleDocument(language).briefing));
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], doc) as Record<Key, unknown>;
    const last = path[path.length - 1]!;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return doc;
}

function problemsOf(raw: unknown): Problem[] {
  const result = parseBriefing(raw);
  if (result.ok) throw new Error('expected the briefing to be refused');
  return result.problems;
}

const lines = (raw: unknown) => formatProblems(problemsOf(raw)).split('\n');

describe('the briefing schema', () => {
  it.each(['en', 'zh-CN'] as const)('accepts the %s sample and keeps every field', (language) => {
    const raw = sampleWith([], language);
    const result = parseBriefing(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(JSON.stringify(result.value))).toEqual(raw);
  });

  it('names a missing attendee name by its index', () => {
    expect(lines(sampleWith([[['attendees', 3, 'name'], REMOVE]]))).toEqual(['attendees[3].name: required']);
    // A blank name is a draft: it opens and saves, and is required only to export.
    const blankName = sampleWith([[['attendees', 3, 'name'], '   ']]);
    expect(parseBriefing(blankName).ok).toBe(true);
    const complete = parseCompleteBriefing(blankName);
    expect(complete.ok ? [] : formatProblems(complete.problems).split('\n')).toEqual(['attendees[3].name: required']);
  });

  it('refuses dates that are malformed or not on the calendar', () => {
    expect(lines(sampleWith([[['meta', 'visitDate'], '2022-02-30']]))).toEqual(['meta.visitDate: not a real calendar date']);
    expect(lines(sampleWith([[['meta', 'visitDate'], '9 June 2022']]))).toContain('meta.visitDate: expected a date as YYYY-MM-DD');
    expect(lines(sampleWith([[['sections', 5, 'items', 0, 'due'], '2022-13-01']]))).toEqual([
      'sections[5].items[0].due: not a real calendar date',
    ]);
  });

  it('refuses a remark whose speaker is not on the attendee list', () => {
    expect(lines(sampleWith([[['sections', 2, 'remarks', 1, 'speaker'], { attendeeId: 'a9' }]]))).toEqual([
      'sections[2].remarks[1].speaker.attendeeId: no attendee with id "a9"',
    ]);
  });

  it('refuses photo references to media that does not exist, in photo sections and in sites', () => {
    const raw = sampleWith([
      [['sections', 3, 'photoIds'], ['p2', 'p7']],
      [['sections', 1, 'sites', 0, 'photoIds'], ['nope']],
    ]);
    expect(lines(raw).sort()).toEqual([
      'sections[1].sites[0].photoIds[0]: no media with id "nope"',
      'sections[3].photoIds[1]: no media with id "p7"',
    ]);
  });

  it('refuses duplicate ids of attendees, sections and media', () => {
    const raw = sampleWith([
      [['attendees', 2, 'id'], 'a1'],
      [['sections', 6, 'id'], 's-att'],
      [['media', 1, 'id'], 'p1'],
    ]);
    expect(lines(raw)).toEqual(
      expect.arrayContaining([
        'attendees[2].id: duplicate id "a1"',
        'sections[6].id: duplicate id "s-att"',
        'media[1].id: duplicate id "p1"',
      ]),
    );
  });

  it('names an unknown section type and an unknown rich-text node type', () => {
    const section = problemsOf(sampleWith([[['sections', 0, 'type'], 'poll']]));
    expect(section.map((p) => p.path)).toEqual(['sections[0].type']);
    expect(section[0]!.message).toContain("'followUps'");
    const node = problemsOf(sampleWith([[['sections', 4, 'body', 1, 'type'], 'video']]));
    expect(node.map((p) => p.path)).toEqual(['sections[4].body[1].type']);
    expect(node[0]!.message).toContain("'bulleted-list'");
    expect(lines(sampleWith([[['sections', 4, 'body', 0, 'children'], []]]))).toEqual([
      'sections[4].body[0].children: needs at least one text node',
    ]);
  });

  it('refuses media ids that could not be file names inside the container', () => {
    const found = problemsOf(sampleWith([[['media', 0, 'id'], '../evil']]));
    expect(found.map((p) => p.path)).toContain('media[0].id');
  });

  it('refuses a briefing from a newer format and tells the user to update', () => {
    expect(lines(sampleWith([[['formatVersion'], CURRENT_FORMAT_VERSION + 1]]))).toEqual([
      `formatVersion: this briefing was written in format ${CURRENT_FORMAT_VERSION + 1} by a newer Briefing Composer; ` +
        `this version reads formats up to ${CURRENT_FORMAT_VERSION}. Update the application to open it.`,
    ]);
  });

  it('refuses what is not a briefing object at all', () => {
    expect(lines([])).toEqual(['(document): expected a JSON object (a briefing)']);
    expect(lines(sampleWith([[['formatVersion'], REMOVE]]))).toEqual(['formatVersion: required']);
    const text = parseBriefingText('{"formatVersion": 2,');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.problems[0]!.message).toMatch(/^not valid JSON: /);
  });
});
