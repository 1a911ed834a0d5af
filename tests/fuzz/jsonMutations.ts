import type { Random } from './random.ts';

type Json = unknown;

/** Values a hostile or broken file puts where something else belongs. */
function hostileValue(random: Random): Json {
  switch (random.int(16)) {
    case 0: return null;
    case 1: return random.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.5]);
    case 2: return random.pick(['', ' ', '\u0000', '\u202e', '𠮷'.repeat(3), '<script>alert(1)</script>', ']]>&amp;', '\uD800']);
    case 3: return 'x'.repeat(random.pick([300, 3_000, 250_000, 2_000_000]));
    case 4: return Array.from({ length: random.pick([0, 1, 5_000, 50_000]) }, () => random.pick(['p1', 'a1', { text: 'a' }, 1]));
    case 5: {
      let deep: Json = 'x';
      for (let i = random.pick([40, 1_500]); i > 0; i--) deep = random() < 0.5 ? [deep] : { a: deep };
      return deep;
    }
    case 6: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    case 7: return random.pick(['2026-02-30', '2026-13-01', '0000-00-00', '2026/11/25', '99999-01-01', 'yesterday']);
    case 8: return { id: 'p1', mimeType: 'image/png', width: random.pick([0, 1e9, -5]), height: random.pick([0, 1e9]), caption: '' };
    case 9: return random.pick([true, false]);
    case 10: return {};
    case 11: return [];
    case 12: return random.pick(['p1', 'p2', 'a1', 's-att', 'missing-id']);
    case 13:
      // Rich-text nodes, the table and the levelled list item among them, with wrong or extreme insides.
      return random.pick<Json>([
        { type: random.pick(['paragraph', 'heading', 'table', 'image', 'script']), children: [{ text: 'a', bold: 'yes' }] },
        { type: 'list-item', indent: random.pick([-1, 0, 0.5, 8, 9, 1e9, '2']), children: [{ text: 'a' }] },
        { type: 'numbered-list', children: [{ type: 'list-item', indent: random.pick([3, 8, 9]), children: [{ text: 'deep' }] }] },
        { type: 'table', header: random.pick([true, 'yes', null]), children: random.pick([[], [{ type: 'table-row', children: [] }], [{ type: 'table-cell', children: [{ text: 'c' }] }]]) },
        { type: 'table', children: Array.from({ length: random.pick([1, 3]) }, (_, r) => ({ type: 'table-row', children: Array.from({ length: 1 + r * random.pick([1, 40]) }, () => ({ type: 'table-cell', children: [{ text: '<td>' }] })) })) },
      ]);
    case 14: return { text: 'x', bold: true, children: [{ text: 'y' }] };
    default: return random.pick(['formatVersion', 'attendees', 'sections', 'media']);
  }
}

/** Every [container, key] in the document, so a mutation can land anywhere. */
function slots(root: Json): [Record<string, Json> | Json[], string | number][] {
  const out: [Record<string, Json> | Json[], string | number][] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < 20_000) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        out.push([value, i]);
        stack.push(child);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        out.push([value as Record<string, Json>, key]);
        stack.push(child);
      }
    }
  }
  return out;
}

/** The briefing JSON with one to three things broken: a value replaced, removed, duplicated, or a key added. */
export function mutateBriefingJson(briefing: Json, random: Random): Json {
  const copy = structuredClone(briefing);
  for (let n = 1 + random.int(3); n > 0; n--) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [parent, key] = random.pick(all);
    const action = random.int(5);
    if (action === 0 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    else if (action === 1 && !Array.isArray(parent)) delete parent[key as string];
    // An own property even for __proto__, as JSON.parse makes it (plain assignment would set the prototype).
    else if (action === 2 && !Array.isArray(parent)) Object.defineProperty(parent, random.pick(['__proto__', 'constructor', 'extra', 'toString']), { value: hostileValue(random), enumerable: true, writable: true, configurable: true });
    else (parent as Record<string | number, Json>)[key] = hostileValue(random);
  }
  return copy;
}
