import type { Attendee } from '../model/index.ts';
import { MAX_PEOPLE, personKey, type Person } from './schema.ts';

const clean = (s: string | undefined) => s?.trim() || undefined;

/**
 * The directory after a briefing's attendees were seen: new people are added, known ones (same name and
 * organisation) take the title and side the latest briefing gives them. Blank names are not people yet.
 */
export function recordAttendees(people: readonly Person[], attendees: readonly Attendee[], now: Date, newId: () => string): Person[] {
  const out = [...people];
  const index = new Map(out.map((p, i) => [personKey(p), i]));
  const seen = now.toISOString();
  for (const attendee of attendees) {
    const name = clean(attendee.name);
    if (!name) continue;
    const organisation = clean(attendee.organisation);
    const title = clean(attendee.title);
    const key = personKey({ name, organisation });
    const at = index.get(key);
    if (at === undefined) {
      if (out.length >= MAX_PEOPLE) continue;
      index.set(key, out.length);
      out.push({ id: newId(), name, ...(title ? { title } : {}), ...(organisation ? { organisation } : {}), group: attendee.group, lastSeen: seen });
    } else {
      const known = out[at]!;
      out[at] = { ...known, ...(title ? { title } : {}), group: attendee.group, lastSeen: seen };
    }
  }
  return out;
}
