export const USAGE = `Usage:
  briefing export <input…> [--template ID|DIR] [--docx FILE] [--pdf FILE] [--html FILE]
                           [--out-dir DIR --format docx,pdf,html] [--page-size A4|Letter] [--force]
  briefing validate <input…>
  briefing check <input…> [--format text|json] [--lang en|zh-CN] [--disable RULE,…]
  briefing templates
  briefing --help | --version

Inputs are .briefing files or plain JSON briefings (media paths relative to the JSON file).
With several inputs, use --out-dir and --format; each output is named after its input.
An output file that someone else changed while the export ran is left alone (exit 1) unless --force.
Exit codes: 0 success, 1 bad input, 2 usage error.
Environment: BRIEFING_CHROMIUM (browser for PDF), BRIEFING_TEMPLATES_DIR (user templates),
             BRIEFING_SHARED_TEMPLATES (shared template folders, separated by "${process.platform === 'win32' ? ';' : ':'}").`;
