import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from '../../../electron/main/shell/policy/csp';

const parsed = new Map(
  contentSecurityPolicy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('the Content-Security-Policy (checklist #7)', () => {
  it('serialises every directive once', () => {
    expect([...parsed.keys()]).toEqual(Object.keys(cspDirectives));
  });

  it("defaults to 'self' and runs scripts only from the bundle, never eval or inline", () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'wasm-unsafe-eval'");
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('has no plugins, frames, framing, <base> rewriting or form posts', () => {
    for (const directive of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(parsed.get(directive), directive).toEqual(["'none'"]);
    }
  });

  it('names no remote host, scheme wildcard or loopback anywhere, connect-src included', () => {
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    for (const [directive, sources] of parsed) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });

  it("allows 'unsafe-inline' for styles only", () => {
    const inline = [...parsed].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src']);
  });
});
