import { script, scriptHash } from 'virtual:preview-frame-script';
import { CONTENT_SECURITY_POLICY, escapeHtml } from '../../../core/export/html/index.ts';

/**
 * What each preview frame loads once: the print HTML's own policy, plus blob: photos (the frame's own URLs) and,
 * by hash, exactly the frame's script (a script anywhere in the user's text would stay blocked). Each refresh's
 * print HTML then arrives by message (frame/main.ts).
 */
export function frameShell(): string {
  if (script.includes('</script')) throw new Error('the preview frame script cannot be inlined');
  if (!CONTENT_SECURITY_POLICY.includes('img-src data:')) throw new Error('the print HTML policy names no img-src to extend');
  const policy = `${CONTENT_SECURITY_POLICY.replace('img-src data:', 'img-src data: blob:')}; script-src ${scriptHash}`;
  return [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}"></head>`,
    `<body><script>${script}</script></body></html>`,
  ].join('');
}
