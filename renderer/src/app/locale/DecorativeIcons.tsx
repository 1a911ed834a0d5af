import { useEffect } from 'react';

/** An Ant Design icon that still carries the name it was drawn from ("delete", "folder-open"), and no other. */
function isUnnamedIcon(element: Element): boolean {
  const label = element.getAttribute('aria-label');
  return label !== null && element.getAttribute('role') === 'img' && element.classList.contains(`anticon-${label}`);
}

function hide(root: ParentNode): void {
  for (const icon of root.querySelectorAll('span.anticon[role="img"][aria-label]')) {
    if (isUnnamedIcon(icon)) icon.setAttribute('aria-hidden', 'true');
  }
}

/**
 * Ant Design's icons name themselves after their drawing (`role="img" aria-label="folder-open"`), inside buttons
 * that already have their own translated name, and inside Ant Design's own controls (a Select's arrow, a Modal's
 * close), where no prop reaches them. A screen reader in the Chinese UI then reads "folder-open 打开文件…". Every
 * icon of ours is decorative or named by its button, so an icon still named after its drawing is hidden from the
 * accessibility tree; one given a real name (aria-label="已关联出席人员名单") stays. There is no Ant Design setting
 * for this (IconContext has none), hence an observer at the root rather than a prop on each of a hundred icons.
 */
export function DecorativeIcons() {
  useEffect(() => {
    hide(document.body);
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes' && change.target instanceof Element) {
          if (isUnnamedIcon(change.target)) change.target.setAttribute('aria-hidden', 'true');
          continue;
        }
        for (const node of change.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (isUnnamedIcon(node)) node.setAttribute('aria-hidden', 'true');
          hide(node);
        }
      }
    });
    // Attributes too: a re-rendered icon (eye → eye-invisible) gets a new drawing name.
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, []);
  return null;
}
