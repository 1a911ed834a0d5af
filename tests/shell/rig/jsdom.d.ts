// The part of jsdom the rig's fake webContents uses. (@types/jsdom would pull DOM types into the Node
// type check of the whole repository.)
declare module 'jsdom' {
  export interface RigDomWindow {
    document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };
    eval(code: string): unknown;
  }
  export class JSDOM {
    constructor(html: string, options?: { runScripts?: 'outside-only' | 'dangerously'; url?: string });
    readonly window: RigDomWindow;
  }
}
