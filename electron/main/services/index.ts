export { recordAudit } from './audit';
export { actorOf } from './auth';
export { type ChartroomServices, createServices } from './chartroom';
export type { Actor } from './context';
