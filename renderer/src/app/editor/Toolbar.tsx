import {
  EyeOutlined,
  ExportOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  PrinterOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Divider, Tooltip } from 'antd';
import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS } from '../../commands/definitions.ts';
import { isMac, shortcutLabel } from '../../commands/shortcuts.ts';
import type { Command, CommandContext, CommandId } from '../../commands/types.ts';

const ICONS: Partial<Record<CommandId, ReactNode>> = {
  new: <FileAddOutlined />,
  open: <FolderOpenOutlined />,
  save: <SaveOutlined />,
  export: <ExportOutlined />,
  print: <PrinterOutlined />,
  undo: <UndoOutlined />,
  redo: <RedoOutlined />,
  togglePreview: <EyeOutlined />,
};
/** The most used commands carry their name as well as an icon; a command without an icon shows its name. */
const TEXT_LABELS = new Set<CommandId>(['save', 'export']);
/** A thin rule before these, grouping file, output, history and view. */
const GROUP_STARTS = new Set<CommandId>(['export', 'undo', 'togglePreview']);

interface Props {
  ctx: CommandContext;
  run(command: Command): void;
}

/** What the toolbar shows of the context: re-rendering only when one of these changes keeps typing light. */
function shown(ctx: CommandContext): string {
  return `${ctx.previewVisible}:${COMMANDS.map((c) => (c.enabled(ctx) ? 1 : 0)).join('')}`;
}

/**
 * The toolbar: every command marked `toolbar`, labelled and with its shortcut in the tooltip. Buttons run the
 * command against the latest context (`run`), so an older render's context is never acted on.
 */
export const Toolbar = memo(function Toolbar({ ctx, run }: Props) {
  const { t } = useTranslation('app');
  const mac = isMac();
  // One Tab stop for the whole toolbar (WAI-ARIA toolbar: ←/→, Home/End move between its buttons), so the keyboard
  // reaches the outline and the first field without passing every button.
  const commands = COMMANDS.filter((c) => c.toolbar);
  const enabled = commands.filter((c) => c.enabled(ctx)).map((c) => c.id);
  const [focused, setFocused] = useState<CommandId>();
  const tabStop = focused && enabled.includes(focused) ? focused : enabled[0];
  const buttons = useRef(new Map<CommandId, HTMLElement | null>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = enabled.indexOf(tabStop ?? enabled[0]!);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: enabled.length - 1 };
    const next = moves[event.key];
    if (next === undefined || enabled.length === 0) return;
    event.preventDefault();
    const id = enabled[(next + enabled.length) % enabled.length]!;
    setFocused(id);
    buttons.current.get(id)?.focus();
  };
  return (
    <div className="bc-toolbar" role="toolbar" aria-label={t('toolbar.label')} onKeyDown={onKeyDown}>
      {commands.map((command) => {
        const label = t(command.labelKey);
        const shortcut = command.shortcuts[0];
        const tip = shortcut ? `${label} (${shortcutLabel(shortcut, mac)})` : label;
        const pressed = command.id === 'togglePreview' ? ctx.previewVisible : undefined;
        return (
          <span key={command.id} className="bc-toolbar-item">
            {GROUP_STARTS.has(command.id) && <Divider orientation="vertical" />}
            <Tooltip title={tip}>
              <Button
                type={pressed ? 'default' : 'text'}
                icon={ICONS[command.id]}
                aria-label={label}
                aria-pressed={pressed}
                aria-keyshortcuts={shortcut ? shortcutLabel(shortcut, false).replace('Ctrl', mac ? 'Meta' : 'Control') : undefined}
                disabled={!command.enabled(ctx)}
                tabIndex={command.id === tabStop ? 0 : -1}
                ref={(element) => {
                  buttons.current.set(command.id, element);
                }}
                onFocus={() => setFocused(command.id)}
                onClick={() => run(command)}
                data-testid={`command-${command.id}`}
              >
                {!ICONS[command.id] || TEXT_LABELS.has(command.id) ? label : null}
              </Button>
            </Tooltip>
          </span>
        );
      })}
    </div>
  );
}, (before, after) => before.run === after.run && shown(before.ctx) === shown(after.ctx));
