import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { COMMANDS, MENU_LAYOUT, type CommandName, type RendererCommand } from './commands.ts';
import { STRINGS, type UiLanguage } from './strings.ts';

export interface MenuActions {
  /** Sends a command to the editor (`host:command`). */
  send(command: RendererCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  about(): void;
}

export interface MenuInput {
  language: UiLanguage;
  recent: readonly string[];
  platform: NodeJS.Platform;
  appName: string;
  actions: MenuActions;
}

/** Items the macOS app menu holds instead (About, Quit), and Window menu items other platforms do not have. */
const MAC_APP_MENU_ONLY = new Set<string>(['quit', 'about']);
const MAC_ONLY = new Set<string>(['zoom', 'front']);

function commandItem(name: CommandName, input: MenuInput): MenuItemConstructorOptions {
  const spec = COMMANDS[name];
  const label = STRINGS[input.language][spec.label];
  const base: MenuItemConstructorOptions = 'accelerator' in spec ? { label, accelerator: spec.accelerator } : { label };
  const run = spec.run;
  if ('role' in run) return { ...base, role: run.role };
  if ('renderer' in run) return { ...base, click: () => input.actions.send(run.renderer) };
  return { ...base, click: () => (run.host === 'about' ? input.actions.about() : input.actions.clearRecent()) };
}

function recentMenu(input: MenuInput): MenuItemConstructorOptions {
  const s = STRINGS[input.language];
  const files: MenuItemConstructorOptions[] = input.recent.map((file) => ({
    // The name first, its folder after: ten "report.briefing" entries must still be told apart.
    label: `${path.basename(file)} — ${path.dirname(file)}`,
    click: () => input.actions.openRecent(file),
  }));
  const empty: MenuItemConstructorOptions[] = [{ label: s.noRecent, enabled: false }];
  return { label: s.openRecent, submenu: [...(files.length > 0 ? files : empty), { type: 'separator' }, commandItem('clearRecent', input)] };
}

function languageMenu(input: MenuInput): MenuItemConstructorOptions {
  const choice = (language: UiLanguage, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: input.language === language,
    click: () => input.actions.send(`language:${language}`),
  });
  return { label: STRINGS[input.language].language, submenu: [choice('zh-CN', '简体中文'), choice('en', 'English')] };
}

/**
 * The native menu for a language and a recent list, built from the one command table. On macOS the first menu
 * is the app's own (About, Quit) as the platform expects; elsewhere About sits under Help and Quit under File.
 */
export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const menus = MENU_LAYOUT.map(({ label, items }) => ({
    label: STRINGS[input.language][label],
    // macOS lists the open windows in the menu that has this role.
    ...(mac && label === 'window' ? { role: 'windowMenu' as const } : {}),
    submenu: items
      .filter((item) => !(mac ? MAC_APP_MENU_ONLY.has(item) : MAC_ONLY.has(item)))
      .map((item): MenuItemConstructorOptions => {
        if (item === '-') return { type: 'separator' };
        if (item === 'recent') return recentMenu(input);
        if (item === 'language') return languageMenu(input);
        return commandItem(item, input);
      })
      .filter((item, i, all) => !(item.type === 'separator' && (i === all.length - 1 || all[i + 1]?.type === 'separator'))),
  }));
  if (!mac) return menus;
  const appMenu: MenuItemConstructorOptions = {
    label: input.appName,
    submenu: [commandItem('about', input), { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, commandItem('quit', input)],
  };
  // Help would be left empty on macOS once About has moved to the app menu.
  return [appMenu, ...menus.filter((menu) => menu.submenu.length > 0)];
}
