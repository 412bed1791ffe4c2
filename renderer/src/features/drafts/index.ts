export { flushAllDrafts } from './draft-registry';
export type { AutosaveDraft, AutosaveDraftOptions } from './useAutosaveDraft';
export { useAutosaveDraft } from './useAutosaveDraft';
