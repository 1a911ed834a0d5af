/**
 * The app's identity on the OS, the same string as electron-builder.yml's appId (a test holds them equal):
 * Windows groups the running window, pinned shortcuts and the Jump List of recent documents by it.
 */
export const APP_ID = 'org.briefingcomposer.desktop';
export const APP_NAME = 'Briefing Composer';
