/** Strings shared by every part of the UI. Each part of the UI keeps its own namespace file beside this one. */
export const common = {
  'zh-CN': {
    appName: '简报编辑器',
    untitled: '未命名简报',
    ok: '确定',
    cancel: '取消',
    add: '添加',
    remove: '删除',
    save: '保存',
    close: '关闭',
  },
  en: {
    appName: 'Briefing Composer',
    untitled: 'Untitled briefing',
    ok: 'OK',
    cancel: 'Cancel',
    add: 'Add',
    remove: 'Remove',
    save: 'Save',
    close: 'Close',
  },
};
