/** WCAG relative luminance and contrast: how well a colour stands out against white paper. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast ratio of a #RRGGBB colour with white, e.g. 4.5 for 4.5:1; undefined for anything else. */
export function contrastWithWhite(hex: string): number | undefined {
  if (!/^#[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  return Math.round((1.05 / (luminance(hex) + 0.05)) * 10) / 10;
}
