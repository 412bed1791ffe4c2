/**
 * Hosts whose https links may be handed to the user's browser. Empty: Chartroom links nowhere yet.
 * Add a host only with a reason (for example the vendor's help site) and a test.
 */
export const externalLinkHosts: readonly string[] = [];

/**
 * Electron security checklist #15, "Do not use shell.openExternal with untrusted content"
 * (https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content):
 * only plain https on the default port to an exact listed host, with no credentials, is ever opened.
 * `file:`, `smb:`, custom schemes and lookalike hosts would hand attacker-chosen input to the OS.
 */
export const isAllowedExternalLink = (url: string, hosts: readonly string[] = externalLinkHosts): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    hosts.includes(parsed.hostname)
  );
};
