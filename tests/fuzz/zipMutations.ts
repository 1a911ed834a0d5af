import { deflateSync, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Random } from './random.ts';

const HOSTILE_NAMES = ['../../evil.json', '/etc/passwd', 'media/../../x.png', 'C:\\\\Windows\\\\x', 'media/\u0000.png', 'a'.repeat(5000), 'media/', 'briefing.json/', '.'.repeat(3)];

function flipBits(bytes: Uint8Array, random: Random): Uint8Array {
  const out = bytes.slice();
  for (let n = 1 + random.int(8); n > 0; n--) {
    const at = random.int(out.length);
    out[at] = out[at]! ^ (1 << random.int(8));
  }
  return out;
}

/** A little-endian field of the zip structures set to a random or extreme value: sizes, offsets, counts, methods. */
function lieInHeaders(bytes: Uint8Array, random: Random): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const signatures = [0x04034b50, 0x02014b50, 0x06054b50];
  const at: number[] = [];
  for (let i = 0; i + 4 <= out.length; i++) if (signatures.includes(view.getUint32(i, true))) at.push(i);
  if (at.length === 0) return flipBits(bytes, random);
  const base = random.pick(at);
  const offset = base + 4 + random.int(38);
  if (offset + 4 > out.length) return out;
  view.setUint32(offset, random.pick([0, 1, 0xffffffff, 0x7fffffff, random.int(2 ** 32)]), true);
  return out;
}

/** The container's entries, rebuilt with something changed: a duplicate, a rename, a bomb, a nested zip… */
function restructure(bytes: Uint8Array, random: Random): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return flipBits(bytes, random);
  }
  const names = Object.keys(entries);
  const files: Zippable = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: 0 }]]));
  switch (random.int(6)) {
    case 0: {
      const name = random.pick(names);
      files[random.pick(HOSTILE_NAMES)] = [entries[name]!, { level: 0 }];
      break;
    }
    case 1: {
      const name = random.pick(names);
      delete files[name];
      files[name.toUpperCase()] = [entries[name]!, { level: 0 }];
      break;
    }
    case 2:
      // 64 MB of zeros in a few tens of KB: a decompression bomb under a plausible name.
      files[random.pick(['media/p1.png', 'briefing.json', 'media/bomb.jpg'])] = [new Uint8Array(64 * 1024 * 1024), { level: 9 }];
      break;
    case 3:
      files['media/nested.briefing'] = [bytes, { level: 0 }];
      files['briefing.json'] = [bytes, { level: 0 }];
      break;
    case 4:
      for (let i = 0; i < 1 + random.int(3000); i++) files[`media/extra-${i}.png`] = [strToU8('x'), { level: 0 }];
      break;
    default:
      delete files[random.pick(names)];
  }
  return zipSync(files);
}

/** Two entries of the same name, which fflate will not write: spliced at the byte level from two zips. */
function duplicateEntry(bytes: Uint8Array): Uint8Array {
  const tail = zipSync({ 'briefing.json': [deflateSync(strToU8('{"formatVersion":2}')), { level: 0 }] });
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

export function mutateContainer(bytes: Uint8Array, random: Random): Uint8Array {
  switch (random.int(6)) {
    case 0:
      return flipBits(bytes, random);
    case 1:
      return bytes.subarray(0, random.int(bytes.length));
    case 2:
      return lieInHeaders(bytes, random);
    case 3:
      return duplicateEntry(bytes);
    default:
      return restructure(bytes, random);
  }
}
