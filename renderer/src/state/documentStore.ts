import { useSyncExternalStore } from 'react';
import type { Briefing, BriefingDocument } from '../../../core/model/index.ts';
import { record, redo, startHistory, undo, type History } from './history.ts';
import { sameDocument } from './sameDocument.ts';

export interface DocumentState {
  history: History<BriefingDocument>;
  /** Where the document is saved; undefined for a new, never-saved briefing. */
  path?: string;
  /** The document as last saved (or opened): dirty is "the present is not this one". */
  saved: BriefingDocument | undefined;
  /** Identifies this editing session's recovery file. */
  recoveryKey: string;
}

type Listener = () => void;

/**
 * The one source of truth for the open briefing. Editors call `update` with a pure function of the briefing;
 * everything else (preview, status bar, autosave, title) reads the snapshot.
 */
export class DocumentStore {
  private state: DocumentState | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  get snapshot(): DocumentState | undefined {
    return this.state;
  }

  get document(): BriefingDocument | undefined {
    return this.state?.history.present;
  }

  get dirty(): boolean {
    return this.state !== undefined && this.state.history.present !== this.state.saved;
  }

  /** Starts editing a document: opened (saved), recovered or new (unsaved). Clears undo history. */
  load(doc: BriefingDocument, options: { path?: string; saved: boolean; recoveryKey: string }): void {
    this.state = {
      history: startHistory(doc),
      ...(options.path ? { path: options.path } : {}),
      saved: options.saved ? doc : undefined,
      recoveryKey: options.recoveryKey,
    };
    this.emit();
  }

  close(): void {
    this.state = undefined;
    this.emit();
  }

  /** One edit. `key` names the field being edited so a burst of typing in it undoes as one step. */
  update(change: (briefing: Briefing) => Briefing, key?: string): void {
    this.updateDocument((doc) => {
      const briefing = change(doc.briefing);
      return briefing === doc.briefing ? doc : { ...doc, briefing };
    }, key);
  }

  /** An edit that also adds or removes image bytes (photos). */
  updateDocument(change: (doc: BriefingDocument) => BriefingDocument, key?: string): void {
    const state = this.state;
    if (!state) return;
    let next = change(state.history.present);
    if (next === state.history.present) return;
    // Typed and deleted again, or changed back by hand: that is the saved document, and the status says 已保存.
    if (state.saved && sameDocument(next, state.saved)) next = state.saved;
    this.state = { ...state, history: record(state.history, next, key, this.now()) };
    this.emit();
  }

  undo(): void {
    if (!this.state) return;
    this.state = { ...this.state, history: undo(this.state.history) };
    this.emit();
  }

  redo(): void {
    if (!this.state) return;
    this.state = { ...this.state, history: redo(this.state.history) };
    this.emit();
  }

  markSaved(path: string, doc: BriefingDocument): void {
    if (!this.state) return;
    this.state = { ...this.state, path, saved: doc };
    this.emit();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export function useDocumentState(store: DocumentStore): DocumentState | undefined {
  return useSyncExternalStore(store.subscribe, () => store.snapshot);
}
