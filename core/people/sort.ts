import type { Attendee, AttendeeGroup } from '../model/index.ts';

/** 姓氏笔画 (fewest strokes first, as name lists of equals are printed) or pinyin (汉语拼音) order. */
export type ProtocolOrder = 'stroke' | 'pinyin';

const collators: Record<ProtocolOrder, Intl.Collator> = {
  stroke: new Intl.Collator('zh-u-co-stroke'),
  pinyin: new Intl.Collator('zh-u-co-pinyin'),
};

/**
 * The attendee list with one side reordered: its leaders keep the top places in their own order (the leader of a
 * delegation is named first whatever the strokes say), the others follow by surname strokes or pinyin; the other
 * sides' rows keep their positions. Stable: two equal names keep their order.
 */
export function sortGroup(attendees: readonly Attendee[], group: AttendeeGroup, order: ProtocolOrder): Attendee[] {
  const collator = collators[order];
  const members = attendees.filter((a) => a.group === group);
  const leaders = members.filter((a) => a.leader);
  const rest = members
    .filter((a) => !a.leader)
    .map((a, index) => ({ a, index }))
    .sort((x, y) => collator.compare(x.a.name.trim(), y.a.name.trim()) || x.index - y.index)
    .map((x) => x.a);
  const sorted = [...leaders, ...rest];
  let next = 0;
  return attendees.map((a) => (a.group === group ? sorted[next++]! : a));
}
