import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors } from './specs/app.ts';
import { welcomeOffersTemplates } from './specs/welcome.ts';
import { screenshot } from './screenshots.ts';

const TEMPLATES = ['cn-work-briefing', 'en-visit-report'];

describe('welcome view', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it('offers a card with a printed first page for every built-in template', async () => {
    const page = await harness.openApp();
    await welcomeOffersTemplates(page, TEMPLATES);
    await screenshot(page, 'welcome');
    expectNoErrors(harness.errors);
  });

  it('follows the OS dark mode as it changes', async () => {
    const page = await harness.openApp();
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 64);
    await welcomeOffersTemplates(page, TEMPLATES);
    await screenshot(page, 'welcome-dark');
  });

  it('switches the whole UI to Chinese when the menu says so, and tells the host', async () => {
    const page = await harness.openApp();
    await harness.emit('command', 'language:zh-CN');
    await expect.poll(() => page.getByTestId('welcome-open').innerText()).toBe('打开文件…');
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('zh-CN');
    // The choice is the host's setting now: a new window starts in Chinese.
    const next = await harness.restart();
    await expect.poll(() => next.getByTestId('welcome-open').innerText()).toBe('打开文件…');
    await harness.emit('command', 'language:en');
    await expect.poll(() => next.getByTestId('welcome-open').innerText()).toBe('Open file…');
  });
});
