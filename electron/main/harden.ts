import { shell, type Session, type WebContents } from 'electron';
import { scriptHash as previewFrameScriptHash } from 'virtual:preview-frame-script';
import { contentSecurityPolicy, isAllowedRequest, isDevReload, isExternalLink, type AppLocation } from '../../core/node/desktop/policy.ts';

/**
 * A session loads nothing from the network (except the dev server in development), grants no permission, and
 * sends every page the app's Content-Security-Policy. Applied to the editor's session and the printer's.
 */
export function hardenSession(session: Session, location: AppLocation): void {
  const csp = contentSecurityPolicy(location, [previewFrameScriptHash]);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, location) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

/**
 * Every page of the app stays where it was loaded: no navigation, no new windows, no <webview>. A http(s) link the
 * user clicks opens in their browser instead; any other scheme is dropped. In development only, the dev server's
 * own full reload (a navigation to the page already shown) goes through.
 */
export function hardenContents(contents: WebContents, location: AppLocation): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isDevReload(event.url, contents.getURL(), location)) return;
    // The editor is one page: whatever the target, the page stays.
    event.preventDefault();
    if (isExternalLink(event.url)) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
