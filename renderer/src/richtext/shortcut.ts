/**
 * Keyboard shortcuts written once, as 'Mod+Shift+8', and both matched against key events and shown in tooltips.
 * Mod is ⌘ on macOS and Ctrl elsewhere. Letters match the typed key (so Dvorak/AZERTY users get the letter they
 * see) or, when the key is not Latin, the physical key; digits match the physical key, because Shift+8 types '*'
 * and Alt+1 types '¡' on a Mac.
 */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** One lower-case letter or one digit. */
  key: string;
}

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function parseShortcut(spec: string): Shortcut {
  const parts = spec.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  if (!/^[a-z0-9]$/.test(key)) throw new Error(`shortcut ${spec}: the key must be one letter or digit`);
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

export function matchesShortcut(shortcut: Shortcut, event: KeyLike, mac: boolean = isMac()): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== shortcut.mod || otherMod || event.shiftKey !== shortcut.shift || event.altKey !== shortcut.alt) {
    return false;
  }
  if (/^\d$/.test(shortcut.key)) return event.code === `Digit${shortcut.key}` || event.code === `Numpad${shortcut.key}`;
  const typed = event.key.toLowerCase();
  if (/^[a-z]$/.test(typed)) return typed === shortcut.key;
  return event.code === `Key${shortcut.key.toUpperCase()}`;
}

/** How a shortcut is written in a tooltip on this platform: ⌘⇧8 on a Mac, Ctrl+Shift+8 elsewhere. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean = isMac()): string {
  const key = shortcut.key.toUpperCase();
  if (mac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}
