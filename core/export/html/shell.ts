import { escapeHtml } from './escape.ts';

/**
 * The print HTML loads nothing and runs nothing: images are data: URIs, styles are inline, and the policy
 * says so to the browser as well, so a hostile string that slipped through could still not fetch or execute.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

export interface ShellParts {
  language: string;
  title: string;
  css: string;
  body: string;
}

export function documentShell(parts: ShellParts): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(parts.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="generator" content="Briefing Composer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.css}</style>`,
    '</head>',
    `<body>${parts.body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
