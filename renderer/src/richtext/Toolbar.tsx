import { Button, theme, Tooltip } from 'antd';
import { memo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { RICH_TEXT_COMMANDS, type RichTextCommand } from './commands.ts';
import { runFromOutside } from './runCommand.ts';
import { isMac, shortcutLabel } from './shortcut.ts';

/** What each button shows; the accessible name is the translated label, so these glyphs are aria-hidden. */
const GLYPHS: Record<string, { text: string; style?: CSSProperties }> = {
  bold: { text: 'B', style: { fontWeight: 700 } },
  italic: { text: 'I', style: { fontStyle: 'italic', fontFamily: 'serif' } },
  underline: { text: 'U', style: { textDecoration: 'underline' } },
  paragraph: { text: '¶' },
  heading1: { text: 'H1' },
  heading2: { text: 'H2' },
  heading3: { text: 'H3' },
  bulletedList: { text: '•≡' },
  numberedList: { text: '1.≡' },
  blockQuote: { text: '❝' },
  insertTable: { text: '▦' },
};

/**
 * The formatting toolbar: one button per registered command, in a single tab stop (arrow keys move between
 * buttons, as WAI-ARIA's toolbar pattern asks), so a form with many rich-text fields is not a wall of tab stops.
 * Memoised: typing re-renders the editor around it, not its buttons and tooltips.
 */
export const Toolbar = memo(function Toolbar({ fieldLabel }: { fieldLabel: string }) {
  const { t } = useTranslation('richtext');
  const editor = useSlateStatic();
  const { token } = theme.useToken();
  // Recomputed on every editor change, but the toolbar re-renders only when a pressed state flips.
  const active = useSlateSelector((e: Editor) => RICH_TEXT_COMMANDS.map((c) => (c.isActive(e) ? '1' : '0')).join(''));
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLElement | null)[]>([]);

  const run = (command: RichTextCommand) => runFromOutside(editor, command);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = RICH_TEXT_COMMANDS.length - 1;
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: last };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + last + 1) % (last + 1);
    setFocusIndex(index);
    buttons.current[index]?.focus();
  };

  return (
    <div role="toolbar" aria-label={t('toolbar', { field: fieldLabel })} onKeyDown={onKeyDown} style={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      {RICH_TEXT_COMMANDS.map((command, index) => {
        const label = t(command.labelKey);
        const glyph = GLYPHS[command.id] ?? { text: label };
        const pressed = active[index] === '1';
        return (
          <Tooltip key={command.id} title={`${label} (${shortcutLabel(command.shortcut)})`} mouseEnterDelay={0.6}>
            <Button
              ref={(el) => {
                buttons.current[index] = el;
              }}
              size="small"
              // One variant for both states: antd wraps bordered variants in a Wave element, and switching variant
              // would remount the button under the keyboard user's focus.
              variant="text"
              color={pressed ? 'primary' : 'default'}
              style={pressed ? { background: token.colorPrimaryBg } : undefined}
              aria-label={label}
              aria-pressed={pressed}
              aria-keyshortcuts={ariaShortcut(command)}
              tabIndex={index === focusIndex ? 0 : -1}
              data-command={command.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(command)}
              onFocus={() => setFocusIndex(index)}
            >
              <span aria-hidden style={glyph.style}>{glyph.text}</span>
            </Button>
          </Tooltip>
        );
      })}
    </div>
  );
});

/** aria-keyshortcuts wants modifier names as in KeyboardEvent: Control+Shift+8 (Meta on a Mac). */
function ariaShortcut({ shortcut }: RichTextCommand): string {
  return [shortcut.mod && (isMac() ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.key.toUpperCase()]
    .filter(Boolean)
    .join('+');
}
