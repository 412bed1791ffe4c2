import { isWithinBundle, originOf } from './bundle';

/** The parts of Electron's WebFrameMain the check reads; `event.senderFrame` fits it as is. */
export interface SenderFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: unknown;
}

/**
 * Electron security checklist #17, "Validate the sender of all IPC messages"
 * (https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages):
 * a call is served only when it comes from the top-level frame of our own bundle. A missing frame
 * (navigated away or destroyed mid-call), a subframe, or any other URL or origin is refused.
 */
export const isTrustedSender = (frame: SenderFrame | null | undefined, root: string): boolean =>
  frame != null && frame.parent === null && frame.origin === originOf(root) && isWithinBundle(frame.url, root);
