import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Random } from './random.ts';

/**
 * Makes media[0].file of a plain JSON briefing name something hostile, creating it in the briefing's folder
 * where it must exist: a link out, a pipe, a device, a folder, a climb, a name no file system takes.
 */
export function pathTrick(dir: string, random: Random): string {
  const photos = path.join(dir, 'photos');
  mkdirSync(photos, { recursive: true });
  switch (random.int(10)) {
    case 0:
      symlinkSync('/proc/self/pagemap', path.join(photos, 'pagemap.png'));
      return 'photos/pagemap.png';
    case 1:
      symlinkSync('/dev/zero', path.join(photos, 'zero.jpg'));
      return 'photos/zero.jpg';
    case 2:
      execFileSync('mkfifo', [path.join(photos, 'pipe.png')]);
      return 'photos/pipe.png';
    case 3:
      mkdirSync(path.join(photos, 'folder.png'));
      return 'photos/folder.png';
    case 4:
      writeFileSync(path.join(dir, '..', `outside-${path.basename(dir)}.png`), 'not even an image');
      return `../outside-${path.basename(dir)}.png`;
    case 5:
      symlinkSync(path.join(dir, '..'), path.join(photos, 'up'));
      return 'photos/up/secret.png';
    case 6:
      return random.pick(['photos/\u0000.png', 'photos/' + 'x'.repeat(5000) + '.png', 'photos\\..\\..\\..\\etc\\passwd', 'C:\\Windows\\win.ini', '\\\\server\\share\\a.png', 'file:///etc/passwd']);
    case 7:
      return random.pick(['/proc/self/pagemap', '/dev/urandom', '../../../../../../../../proc/self/pagemap']);
    case 8:
      // A truncated JPEG: the header says an image, the data ends halfway.
      writeFileSync(path.join(photos, 'cut.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
      return 'photos/cut.jpg';
    default:
      return 'photos/missing.png';
  }
}
