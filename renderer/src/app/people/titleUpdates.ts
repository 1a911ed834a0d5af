import type { Briefing } from '../../../../core/model/index.ts';
import { personKey, type Person } from '../../../../core/people/index.ts';

export interface TitleUpdate {
  attendeeId: string;
  name: string;
  old: string;
  title: string;
}

/**
 * Attendees of the open briefing whose directory entry got a new title in this edit: matched as the directory
 * matches people (name and organisation), offered to the user rather than changed behind their back.
 */
export function titleUpdatesFor(briefing: Briefing | undefined, before: readonly Person[], after: readonly Person[]): TitleUpdate[] {
  if (!briefing) return [];
  const previous = new Map(before.map((p) => [p.id, p]));
  const changed = after.filter((p) => {
    const was = previous.get(p.id);
    return was && (was.title ?? '') !== (p.title ?? '') && (p.title ?? '').trim() !== '';
  });
  const byKey = new Map(changed.map((p) => [personKey(p), p]));
  return briefing.attendees.flatMap((a) => {
    const person = byKey.get(personKey(a));
    if (!person || (a.title ?? '') === person.title) return [];
    return [{ attendeeId: a.id, name: a.name, old: a.title ?? '', title: person.title! }];
  });
}

export function applyTitleUpdates(briefing: Briefing, updates: readonly TitleUpdate[]): Briefing {
  const byId = new Map(updates.map((u) => [u.attendeeId, u.title]));
  return { ...briefing, attendees: briefing.attendees.map((a) => (byId.has(a.id) ? { ...a, title: byId.get(a.id)! } : a)) };
}
