/** One caller of the API: a window in the app (IPC), a tab in preview (HTTP) or one CLI run. */
export interface Connection {
  readonly id: string;
  readonly transport: 'ipc' | 'http' | 'cli';
  readonly workstation: string;
}
