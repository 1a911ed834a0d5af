/** The rich-text editor: toolbar labels (the shortcut is appended by the tooltip) and the toolbar's name. */
export const richtext = {
  'zh-CN': {
    toolbar: '{{field}}格式工具栏',
    bold: '加粗',
    italic: '倾斜',
    underline: '下划线',
    paragraph: '正文',
    heading1: '一级标题',
    heading2: '二级标题',
    heading3: '三级标题',
    bulletedList: '项目符号列表',
    numberedList: '编号列表',
    blockQuote: '引用',
  },
  en: {
    toolbar: '{{field}} formatting',
    bold: 'Bold',
    italic: 'Italic',
    underline: 'Underline',
    paragraph: 'Body text',
    heading1: 'Heading 1',
    heading2: 'Heading 2',
    heading3: 'Heading 3',
    bulletedList: 'Bulleted list',
    numberedList: 'Numbered list',
    blockQuote: 'Quote',
  },
};
