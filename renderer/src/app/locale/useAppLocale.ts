import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import type { AppInfo, BriefingApi } from '../../../../core/ipc/contract.ts';
import { LanguageSchema, type Language } from '../../../../core/model/index.ts';
import { initI18n, languageFor } from '../../i18n/index.ts';

/** `language:zh-CN` → 'zh-CN': the host's menu asks for a UI language this way. */
export function languageCommand(command: string): Language | undefined {
  const parsed = LanguageSchema.safeParse(command.startsWith('language:') ? command.slice('language:'.length) : undefined);
  return parsed.success ? parsed.data : undefined;
}

async function appInfo(api: BriefingApi): Promise<Pick<AppInfo, 'language' | 'darkMode' | 'launchFile'>> {
  try {
    return await api['app:info'](undefined);
  } catch {
    // Without the host's answer, the browser's own language is the best guess.
    return { language: languageFor(navigator.language), darkMode: false };
  }
}

export interface AppLocale {
  i18n: i18n;
  language: Language;
  initialDark: boolean;
  /** A file the app was started with, to open first. */
  launchFile?: string;
}

/** i18next in the OS language, switched when the host's menu says so (and the host told of the choice). */
export function useAppLocale(api: BriefingApi): AppLocale | undefined {
  const [locale, setLocale] = useState<AppLocale>();
  useEffect(() => {
    let live = true;
    void appInfo(api).then(async (info) => {
      const instance = await initI18n(info.language);
      if (!live) return;
      setLocale({
        i18n: instance,
        language: info.language,
        initialDark: info.darkMode,
        ...(info.launchFile ? { launchFile: info.launchFile } : {}),
      });
    });
    return () => {
      live = false;
    };
  }, [api]);

  const instance = locale?.i18n;
  useEffect(() => {
    if (!instance) return;
    return api.on('command', (command) => {
      const language = languageCommand(command);
      if (!language) return;
      void instance.changeLanguage(language).then(() => {
        setLocale((current) => current && { ...current, language });
        void api['settings:setLanguage']({ language }).catch(() => undefined);
      });
    });
  }, [api, instance]);
  return locale;
}
