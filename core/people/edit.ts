import { personKey, type Person } from './schema.ts';

/**
 * Merges duplicates into one entry: `keep` stays, each field it lacks is taken from the others in order, and the
 * others are removed. Used when the directory has 王芳 twice, once with and once without her bureau.
 */
export function mergePeople(people: readonly Person[], keepId: string, otherIds: readonly string[]): Person[] {
  const keep = people.find((p) => p.id === keepId);
  if (!keep) return [...people];
  const others = otherIds.filter((id) => id !== keepId).map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p);
  const merged: Person = { ...keep };
  for (const other of others) {
    merged.title ??= other.title;
    merged.organisation ??= other.organisation;
    merged.group ??= other.group;
    if (other.lastSeen && (!merged.lastSeen || other.lastSeen > merged.lastSeen)) merged.lastSeen = other.lastSeen;
  }
  const drop = new Set(others.map((p) => p.id));
  return people.filter((p) => !drop.has(p.id)).map((p) => (p.id === keepId ? merged : p));
}

/** Adds imported people: a known person (name + organisation) is updated with what the import says, others appended. */
export function addPeople(people: readonly Person[], incoming: readonly Omit<Person, 'id'>[], newId: () => string): Person[] {
  const out = [...people];
  const index = new Map(out.map((p, i) => [personKey(p), i]));
  for (const person of incoming) {
    const key = personKey(person);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push({ ...person, id: newId() });
    } else {
      out[at] = { ...out[at]!, ...definedOnly(person) };
    }
  }
  return out;
}

function definedOnly(person: Omit<Person, 'id'>): Partial<Person> {
  return Object.fromEntries(Object.entries(person).filter(([, v]) => v !== undefined && v !== '')) as Partial<Person>;
}

/** People whose name starts with, or contains, what was typed: prefix matches first, then by name. */
export function findPeople(people: readonly Person[], typed: string, limit = 20): Person[] {
  const query = typed.trim().normalize('NFKC').toLowerCase();
  if (!query) return [];
  const scored = people
    .map((p) => ({ p, at: p.name.normalize('NFKC').toLowerCase().indexOf(query) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => Number(a.at !== 0) - Number(b.at !== 0) || a.p.name.localeCompare(b.p.name, 'zh-CN'));
  return scored.slice(0, limit).map((s) => s.p);
}
