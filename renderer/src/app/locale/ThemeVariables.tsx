import { theme } from 'antd';
import { useEffect } from 'react';
import { useAppearance } from './appearance.tsx';

/** The theme's colours as CSS variables on the page, for the app's own layout CSS (app.css). */
export function ThemeVariables() {
  const { token } = theme.useToken();
  const { dark } = useAppearance();
  useEffect(() => {
    const vars: Record<string, string> = {
      '--bc-bg': token.colorBgContainer,
      '--bc-bg-layout': token.colorBgLayout,
      '--bc-bg-hover': token.colorFillTertiary,
      '--bc-bg-selected': token.controlItemBgActive,
      // The selected outline entry's text: the primary colour reads at ~2.5:1 on the selected background in dark
      // mode, and even its lighter text shades stay under 4.5:1 there; light mode's darker primary text passes.
      '--bc-selected-text': dark ? token.colorText : token.colorPrimaryTextActive,
      '--bc-border': token.colorBorderSecondary,
      '--bc-text': token.colorText,
      '--bc-text-secondary': token.colorTextSecondary,
      '--bc-primary': token.colorPrimary,
      '--bc-error': token.colorErrorText,
      '--bc-focus': token.colorPrimaryBorder,
      '--bc-font': token.fontFamily,
    };
    const root = document.documentElement.style;
    for (const [name, value] of Object.entries(vars)) root.setProperty(name, value);
  }, [token, dark]);
  return null;
}
