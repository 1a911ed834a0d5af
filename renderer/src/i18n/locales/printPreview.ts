/** The live preview's own notes inside the page (never printed). */
export const printPreview = {
  'zh-CN': {
    emptySection: '本节为空，不会打印',
  },
  en: {
    emptySection: 'Empty — not printed',
  },
} as const;
