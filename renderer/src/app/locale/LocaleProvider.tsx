import { App as AntApp, ConfigProvider, theme } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useServices } from '../../state/context.tsx';
import { antdLocale } from './antdLocales.ts';
import { AppearanceContext } from './appearance.tsx';
import { DecorativeIcons } from './DecorativeIcons.tsx';
import { ThemeVariables } from './ThemeVariables.tsx';
import { useAppLocale } from './useAppLocale.ts';
import { useDarkMode } from './useDarkMode.ts';

/** i18next, Ant Design's locale and theme, and dayjs (the date pickers) all follow one language and scheme. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { api } = useServices();
  const locale = useAppLocale(api);
  const dark = useDarkMode(locale?.initialDark ?? false);
  const language = locale?.language ?? 'en';

  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  }, [dark]);

  const launchFile = locale?.launchFile;
  const appearance = useMemo(() => ({ language, dark, ...(launchFile ? { launchFile } : {}) }), [language, dark, launchFile]);
  if (!locale) return null;
  return (
    <I18nextProvider i18n={locale.i18n}>
      <ConfigProvider
        locale={antdLocale(language)}
        // Component styles come from antd's own static sheet (main.tsx) instead of being generated in the page:
        // generating them cost the first view of a large briefing ~150-250 ms of main-thread time.
        theme={{ algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm, zeroRuntime: true }}
      >
        <AppearanceContext.Provider value={appearance}>
          <ThemeVariables />
          <DecorativeIcons />
          <AntApp className="bc-app">{children}</AntApp>
        </AppearanceContext.Provider>
      </ConfigProvider>
    </I18nextProvider>
  );
}
