import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the editor is loaded from: the electron-vite dev server, or the built index.html on disk. */
export type AppLocation = { kind: 'dev'; origin: string } | { kind: 'file'; indexHtml: string };

export function appLocation(devServerUrl: string | undefined, indexHtml: string, platform: NodeJS.Platform = process.platform): AppLocation {
  return devServerUrl ? { kind: 'dev', origin: new URL(devServerUrl).origin } : { kind: 'file', indexHtml: pathsOf(platform).resolve(indexHtml) };
}

const pathsOf = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

/**
 * Whether two absolute paths name the same file the way the platform compares them. Windows compares names
 * case-insensitively, and Chromium upper-cases the drive letter in file URLs (c:\app → file:///C:/app), so a
 * working directory on a lower-case drive would otherwise refuse every request of the app's own page.
 */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = pathsOf(platform);
  const [x, y] = [paths.resolve(a), paths.resolve(b)];
  return platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, images and fonts inline or from
 * the app, no network, no plugins, no framing by others. Ant Design writes its styles at run time (style
 * 'unsafe-inline'); the preview shows the print HTML in a frame (blob:, data: or srcdoc), which inherits this
 * policy, so the hashes of the inline scripts the frame runs are allowed (`'sha256-…'`, nothing else inline). Workers
 * (the checker's) come from the app's own files only, never from a blob: URL. The
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
    `worker-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True only for a URL of the app's own page: the dev server's origin, or the built index.html itself. */
export function isAppUrl(url: string, location: AppLocation, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  let file: string;
  try {
    file = fileURLToPath(parsed, { windows: platform === 'win32' });
  } catch {
    return false;
  }
  return samePath(file, location.indexHtml, platform);
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

/** In development, a navigation to the dev server page already shown: Vite's full reload after an edit. */
export function isDevReload(target: string, current: string, location: AppLocation): boolean {
  if (location.kind !== 'dev') return false;
  try {
    const [to, from] = [new URL(target), new URL(current)];
    return to.origin === location.origin && from.origin === location.origin && to.pathname === from.pathname;
  } catch {
    return false;
  }
}
