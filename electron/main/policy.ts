import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the editor is loaded from: the electron-vite dev server, or the built index.html on disk. */
export type AppLocation = { kind: 'dev'; origin: string } | { kind: 'file'; indexHtml: string };

export function appLocation(devServerUrl: string | undefined, indexHtml: string): AppLocation {
  return devServerUrl ? { kind: 'dev', origin: new URL(devServerUrl).origin } : { kind: 'file', indexHtml: path.resolve(indexHtml) };
}

/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, images and fonts inline or from
 * the app, no network, no plugins, no framing by others. Ant Design writes its styles at run time (style
 * 'unsafe-inline'); the preview shows the print HTML in a frame (blob:, data: or srcdoc), which inherits this
 * policy, so the hashes of the inline scripts the frame runs are allowed (`'sha256-…'`, nothing else inline). The
 * same policy is in renderer/index.html as a meta tag; in development the dev server's origin and websocket (hot
 * reload) are added.
 */
export function contentSecurityPolicy(location: AppLocation, inlineScriptHashes: readonly string[] = []): string {
  const dev = location.kind === 'dev';
  const self = dev ? `'self' ${location.origin}` : "'self'";
  const ws = dev ? ` ${location.origin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'none'",
    [`script-src ${self}`, ...inlineScriptHashes].join(' '),
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    `connect-src ${self}${ws}`,
    `frame-src ${self} blob: data:`,
    `worker-src ${self} blob:`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True only for a URL of the app's own page: the dev server's origin, or the built index.html itself. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return path.resolve(fileURLToPath(parsed)) === location.indexHtml;
}

/** A link the user may open in their browser: http(s) only, never file:, javascript:, custom schemes. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Requests the app's own sessions may make: nothing on the network except the dev server in development. */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  if (!/^(https?|wss?):/i.test(url)) return true;
  if (location.kind !== 'dev') return false;
  return new URL(url.replace(/^ws/i, 'http')).origin === location.origin;
}
