export { DraftAutosaver, type DraftAutosaverOptions } from './draft-autosaver';
export { flushAllDrafts, registerDraftFlush } from './draft-registry';
export type { AutosaveDraft, AutosaveDraftOptions } from './useAutosaveDraft';
export { useAutosaveDraft } from './useAutosaveDraft';
