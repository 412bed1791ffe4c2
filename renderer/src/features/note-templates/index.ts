export { NoteTemplatesPage } from './NoteTemplatesPage';
