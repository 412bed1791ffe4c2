import { describe, expect, it } from 'vitest';
import { externalLinkHosts, isAllowedExternalLink } from '../../../electron/main/shell/policy/external-links';
import { foreignUrls } from './adversarial-urls';

describe('isAllowedExternalLink (checklist #15)', () => {
  it('opens nothing while the allowlist is empty', () => {
    expect(externalLinkHosts).toEqual([]);
    for (const url of [...foreignUrls, 'https://example.org/help']) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });

  const hosts = ['help.example.org'];

  it('opens plain https to an exact listed host', () => {
    expect(isAllowedExternalLink('https://help.example.org/backups?topic=restore', hosts)).toBe(true);
    expect(isAllowedExternalLink('https://HELP.example.org/', hosts)).toBe(true);
  });

  it.each([
    'http://help.example.org/',
    'https://help.example.org:8443/',
    'https://user@help.example.org/',
    'https://help.example.org.evil.example/',
    'https://evil.example/?next=https://help.example.org/',
    'https://sub.help.example.org/',
    'file://help.example.org/share',
    'smb://help.example.org/share',
    'javascript:location="https://help.example.org/"',
    'ms-msdt:/id PCWDiagnostic',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url, hosts)).toBe(false);
  });
});
