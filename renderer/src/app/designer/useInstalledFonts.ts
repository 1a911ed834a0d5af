import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../state/context.tsx';

/** The fonts installed on this machine, asked of the host once the designer opens (the host caches the answer). */
export function useInstalledFonts(): ReadonlySet<string> | undefined {
  const { api } = useServices();
  const { t } = useTranslation('designer');
  const { message } = App.useApp();
  const [fonts, setFonts] = useState<ReadonlySet<string>>();
  useEffect(() => {
    let live = true;
    void api['fonts:list'](undefined).then((outcome) => {
      if (!live) return;
      if (outcome.ok) setFonts(new Set(outcome.families));
      else if ('error' in outcome) void message.warning(t('fontsUnavailable', { error: outcome.error }));
    });
    return () => {
      live = false;
    };
  }, [api, t, message]);
  return fonts;
}
