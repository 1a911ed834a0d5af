/**
 * Makes jsdom look like Chromium to Slate. Import it before anything that loads slate-react: slate-dom reads the
 * user agent and probes InputEvent#getTargetRanges once, when it loads. Without this Slate takes jsdom for Safari
 * (its UA says AppleWebKit without Chrome) without `beforeinput` support, and no typed key would reach the editor.
 * It changes the environment, not the code under test: the app runs in Electron's Chromium.
 */
const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36';

Object.defineProperty(window.navigator, 'userAgent', { value: CHROME_UA, configurable: true });

if (typeof InputEvent.prototype.getTargetRanges !== 'function') {
  // Chromium reports the range an input will replace; for typing that is the selection.
  InputEvent.prototype.getTargetRanges = function getTargetRanges(): StaticRange[] {
    const selection = document.getSelection();
    return selection && selection.rangeCount > 0 ? [selection.getRangeAt(0)] : [];
  };
}

if (!('isContentEditable' in HTMLElement.prototype)) {
  // Slate only handles input whose target is editable by this test; jsdom does not implement it.
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    configurable: true,
    get(this: HTMLElement): boolean {
      const host = this.closest('[contenteditable]');
      return host !== null && host.getAttribute('contenteditable') !== 'false';
    },
  });
}
