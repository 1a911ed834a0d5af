export type CloseChoice = 'save' | 'discard' | 'cancel';

/**
 * Whether the window may close, given what the editor last said about unsaved changes. A close with unsaved
 * changes asks (Save / Don't save / Cancel). "Save" asks the editor to save and closes once the editor reports
 * the document clean; if that save does not happen (the user cancelled Save As, the disk refused it) the window
 * stays and the guard is back to normal, so a much later ordinary save does not close the window.
 */
export class CloseGuard {
  private dirty = false;
  private phase: 'open' | 'asking' | 'saving' | 'closing' = 'open';

  /** The editor's report; 'close' when a save requested by the close dialog has just finished. */
  setState(dirty: boolean): 'close' | 'stay' {
    this.dirty = dirty;
    if (this.phase !== 'saving') return 'stay';
    this.phase = dirty ? 'open' : 'closing';
    return dirty ? 'stay' : 'close';
  }

  /** A save of the document has ended; one that did not write the file ends a close that waited for it. */
  saveEnded(saved: boolean): void {
    if (this.phase === 'saving' && !saved) this.phase = 'open';
  }

  /** A close request: let it through, ask the user, or ignore it because the question is already on screen. */
  requestClose(): 'close' | 'ask' | 'ignore' {
    if (this.phase === 'closing' || !this.dirty) {
      this.phase = 'closing';
      return 'close';
    }
    if (this.phase === 'asking') return 'ignore';
    this.phase = 'asking';
    return 'ask';
  }

  /** Whether a close is waiting for the save the user asked for. */
  isSaving(): boolean {
    return this.phase === 'saving';
  }

  /** Whether a close has been decided (clean, discarded or saved), so nothing in the page may stop it. */
  isClosing(): boolean {
    return this.phase === 'closing';
  }

  /** The user's answer: close now, send the editor a 'save' command, or keep the window. */
  answer(choice: CloseChoice): 'close' | 'save' | 'stay' {
    if (choice === 'discard') {
      this.phase = 'closing';
      return 'close';
    }
    this.phase = choice === 'save' ? 'saving' : 'open';
    return choice === 'save' ? 'save' : 'stay';
  }
}
