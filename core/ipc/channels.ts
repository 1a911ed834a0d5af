/**
 * The channel names alone, with no schema code: the sandboxed preload imports only this list. A test holds it
 * equal to the keys of REQUESTS in contract.ts.
 */
export const CHANNELS = [
  'app:info',
  'templates:list',
  'templates:get',
  'document:open',
  'document:save',
  'recent:list',
  'recent:clear',
  'recovery:write',
  'recovery:list',
  'recovery:read',
  'recovery:discard',
  'export:run',
  'shell:openFile',
  'shell:showInFolder',
  'window:setState',
  'settings:setLanguage',
  'photos:decodeHeic',
  // Helper H2: export Cancel, the read-only restore preview, checker rules off for good.
  'export:cancel',
  'document:peek',
  'settings:checkerRules',
  'settings:setCheckerRule',
  'series:list',
  'series:get',
  'series:save',
  'series:takeNumber',
  'people:list',
  'people:replace',
  // Template designer (issue 14)
  'templates:load',
  'templates:save',
  'templates:targets',
  'templates:exportFile',
  'templates:readFile',
  'fonts:list',
] as const;

export const EVENT_CHANNELS = { command: 'host:command', openFile: 'host:open-file', exportProgress: 'host:export-progress' } as const;
