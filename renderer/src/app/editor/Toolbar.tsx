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
import { memo, type ReactNode } from 'react';
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
  return (
    <div className="bc-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {COMMANDS.filter((c) => c.toolbar).map((command) => {
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
