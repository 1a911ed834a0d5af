/**
 * The rig's control channel in the child process: the test sends one request at a time over Node's IPC channel
 * and gets back a plain-data answer. Each operation is what a user or the OS does to the app (launch, click a
 * menu item, close a window, the renderer sends a request) or a look at what the shell did.
 */
import { answers, app, FakeBrowserWindow, FakeEvent, handlers, mainEvaluated, record, session } from './fakeElectron.ts';
import type { RigRequest } from './protocol.ts';

type MenuItem = { label?: string; role?: string; type?: string; accelerator?: string; checked?: boolean; enabled?: boolean; visible?: boolean; submenu?: MenuItem[]; click?: (...args: unknown[]) => void };

function plainMenu(items: MenuItem[] | undefined): unknown[] {
  return (items ?? []).map(({ click, submenu, ...rest }) => ({ ...rest, clickable: typeof click === 'function', ...(submenu ? { submenu: plainMenu(submenu) } : {}) }));
}

function windowById(id: number): FakeBrowserWindow {
  const window = FakeBrowserWindow.all.find((w) => w.id === id);
  if (!window) throw new Error(`no open window ${id}`);
  return window;
}

/** What Electron's menu roles do (https://www.electronjs.org/docs/latest/api/menu-item#roles), for the few the shell uses. */
function runRole(role: string): void {
  const focused = FakeBrowserWindow.all.find((w) => w.isVisible());
  if (role === 'quit') app.quit();
  else if (role === 'close') focused?.close();
  else if (role === 'minimize') focused?.minimize();
  else if (role === 'zoom') focused?.maximize();
  else throw new Error(`the rig does not perform the role "${role}"`);
}

function clickMenu(labels: string[]): void {
  let items = record.menu as MenuItem[] | undefined;
  let item: MenuItem | undefined;
  for (const label of labels) {
    item = items?.find((candidate) => candidate.label === label || (candidate.role && candidate.role === label));
    if (!item) throw new Error(`no menu item "${label}" in ${JSON.stringify(labels)}`);
    items = item.submenu;
  }
  if (item?.click) item.click(item, FakeBrowserWindow.all[0], {});
  else if (item?.role) runRole(item.role);
  else throw new Error(`menu item ${JSON.stringify(labels)} does nothing when clicked`);
}

function describeWindow(window: FakeBrowserWindow) {
  return {
    id: window.id,
    contentsId: window.webContents.id,
    options: JSON.parse(JSON.stringify(window.options)) as Record<string, unknown>,
    title: window.title,
    visible: window.isVisible(),
    maximized: window.isMaximized(),
    documentEdited: window.documentEdited,
    bounds: window.getBounds(),
    url: window.webContents.url,
    reloads: window.webContents.reloads,
    sent: window.webContents.sent,
    printRequests: window.webContents.printRequests,
  };
}
export type WindowSnapshot = ReturnType<typeof describeWindow>;

async function invoke(windowId: number, channel: string, payload: unknown, frame: { url: string; main: boolean }) {
  const handler = handlers.get(channel);
  if (!handler) return { ok: false, error: `No handler registered for '${channel}'` };
  const contents = windowById(windowId).webContents;
  const senderFrame = { url: frame.url, parent: frame.main ? null : { url: contents.url } };
  try {
    return { ok: true, value: await handler({ sender: contents, senderFrame, frameId: 1, processId: 1 }, payload) };
  } catch (error) {
    // Electron sends the renderer only the message: "Error invoking remote method '<channel>': <error>".
    return { ok: false, error: `Error invoking remote method '${channel}': ${String(error)}` };
  }
}

async function requestGoesThrough(partition: string, url: string): Promise<{ cancel: boolean; csp?: string[] }> {
  const target = session.all().find((s) => s.partition === partition);
  if (!target?.beforeRequest || !target.headersReceived) throw new Error(`session "${partition}" is not hardened`);
  const { cancel } = await new Promise<{ cancel?: boolean }>((resolve) => target.beforeRequest!({ url }, resolve));
  const headers = await new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
    target.headersReceived!({ url, responseHeaders: { 'content-security-policy': ['default-src *'] } }, resolve),
  );
  return { cancel: Boolean(cancel), ...(headers.responseHeaders?.['Content-Security-Policy'] ? { csp: headers.responseHeaders['Content-Security-Policy'] } : {}) };
}

async function handle(request: RigRequest): Promise<unknown> {
  switch (request.op) {
    case 'ready':
      app.fireReady();
      return undefined;
    case 'emitApp': {
      const event = new FakeEvent();
      app.emit(request.event, event, ...request.args);
      return { prevented: event.defaultPrevented };
    }
    case 'quit':
      app.quit();
      return undefined;
    case 'windows':
      return FakeBrowserWindow.all.map(describeWindow);
    case 'closeWindow':
      windowById(request.id).close();
      return undefined;
    case 'moveWindow':
      windowById(request.id).moveTo(request.bounds);
      return undefined;
    case 'contentsEvent': {
      const event = new FakeEvent(request.fields);
      windowById(request.id).webContents.emit(request.event, event, ...request.args);
      return { prevented: event.defaultPrevented };
    }
    case 'windowOpen':
      return windowById(request.id).webContents.windowOpenHandler?.({ url: request.url });
    case 'invoke':
      return invoke(request.id, request.channel, request.payload, request.frame);
    case 'channels':
      return [...handlers.keys()];
    case 'menu':
      return plainMenu(record.menu as MenuItem[] | undefined);
    case 'clickMenu':
      clickMenu(request.labels);
      return undefined;
    case 'answer':
      answers[request.kind].push(...request.values);
      return undefined;
    case 'dialogs':
      return record.dialogs;
    case 'calls':
      return record.calls;
    case 'request':
      return requestGoesThrough(request.partition, request.url);
    case 'permission': {
      const target = session.all().find((s) => s.partition === request.partition)!;
      return new Promise((resolve) => target.permissionRequest?.(null, request.permission, resolve));
    }
  }
}

process.on('message', (message: { id: number; request: RigRequest }) => {
  void mainEvaluated.then(() => handle(message.request)).then(
    (value) => process.send?.({ id: message.id, ok: true, value }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.stack : String(error) }),
  );
});
// Errors in the shell's own event handlers would be printed by Electron and the app would live on.
process.on('unhandledRejection', (reason) => {
  process.send?.({ id: 0, event: 'unhandledRejection', error: reason instanceof Error ? reason.stack : String(reason) });
});
