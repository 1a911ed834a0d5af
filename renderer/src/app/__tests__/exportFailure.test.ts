import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/index.ts';
import { describeExportFailure } from '../export/exportFailure.ts';

/** The host's own words for each failure (core/ipc/describeError, core/node/pdf/renderer), as the dialog gets them. */
const HOST_SAYS = {
  diskFull: '/home/wang/简报.pdf: the disk is full',
  readOnly: '/media/cdrom/简报.docx: the disk is read-only',
  noPermission: 'C:\\Windows\\简报.docx: permission denied',
  inUse: 'D:\\报告\\简报.docx: the file is in use by another program',
  folderGone: '/mnt/share/gone/简报.docx: no such file or folder',
  noPrinter: 'No Chromium, Google Chrome or Microsoft Edge was found to print the PDF. Install Chromium (e.g. "apt install chromium") or set BRIEFING_CHROMIUM to the browser executable.',
};

describe('export failures in words a user can act on', () => {
  it.each(Object.entries(HOST_SAYS))('%s: told in Chinese with its own advice, never the raw message', async (kind, error) => {
    const i18n = await initI18n('zh-CN');
    const { what, todo } = describeExportFailure(error, i18n.getFixedT('zh-CN', 'app'));
    const file = /简报\.\w+/.exec(error)?.[0];
    if (file) expect(what).toBe(i18n.t(`app:exportFailure.${kind}`, { file }));
    else expect(what).toBe(i18n.t(`app:exportFailure.${kind}`));
    expect(todo).toBe(i18n.t(`app:exportFailure.${kind}Todo`));
    expect(`${what}${todo}`).not.toMatch(/[a-z]{4,} [a-z]{4,}/i); // no English sentence left
    expect(what).not.toContain('BRIEFING_CHROMIUM');
  });

  it('names the file by its name, not its folder', async () => {
    const i18n = await initI18n('en');
    expect(describeExportFailure(HOST_SAYS.inUse, i18n.getFixedT('en', 'app')).what).toContain('简报.docx is open in another program');
  });

  it('an unknown failure is shown as the host said it, with advice that always applies', async () => {
    const i18n = await initI18n('zh-CN');
    const { what, todo } = describeExportFailure('something odd', i18n.getFixedT('zh-CN', 'app'));
    expect(what).toContain('something odd');
    expect(todo).toBe(i18n.t('app:exportFailure.otherTodo'));
  });
});
