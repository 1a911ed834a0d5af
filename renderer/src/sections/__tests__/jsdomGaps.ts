/**
 * What jsdom lacks and antd or our editors touch: matchMedia (antd's responsive grid), ResizeObserver (antd's
 * textarea and overflow), Blob.arrayBuffer (reading a chosen file), blob: URLs (thumbnails). Environment gaps filled for tests; product code is unchanged.
 */
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

if (!('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

// antd measures scrollbars with getComputedStyle(el, '::-webkit-scrollbar'); jsdom logs "not implemented" for pseudos.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

let urls = 0;
if (!URL.createObjectURL) {
  URL.createObjectURL = () => `blob:test/${++urls}`;
  URL.revokeObjectURL = () => undefined;
}

export {};
