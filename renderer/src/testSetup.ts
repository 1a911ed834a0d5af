import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. The component tests share two cores with Chromium, LibreOffice and
// the e2e specs in one run, and an antd message or popup can take longer than that to appear there; a real
// defect still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver. antd's tooltips and popups observe their target once they open, which a hover under
// a loaded machine's timing can make happen mid-test; without it the effect throws and React remounts the tree.
// Nothing is ever resized in jsdom, so an observer that never reports is exactly what the browser would do here.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
