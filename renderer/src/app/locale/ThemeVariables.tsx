import { theme } from 'antd';
import { useEffect } from 'react';

/** The theme's colours as CSS variables on the page, for the app's own layout CSS (app.css). */
export function ThemeVariables() {
  const { token } = theme.useToken();
  useEffect(() => {
    const vars: Record<string, string> = {
      '--bc-bg': token.colorBgContainer,
      '--bc-bg-layout': token.colorBgLayout,
      '--bc-bg-hover': token.colorFillTertiary,
      '--bc-bg-selected': token.controlItemBgActive,
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
  }, [token]);
  return null;
}
