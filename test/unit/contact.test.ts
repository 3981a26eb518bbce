import { describe, expect, it } from 'vitest';
import { contact, mailto } from '../../src/lib/contact.ts';

describe('feedback address (CONTACT_EMAIL, CONTACT_URL)', () => {
  it('is none unless the site owner sets it', () => {
    expect(contact({})).toEqual({ email: null, url: null });
  });
  it('takes a valid address and form, and refuses malformed ones rather than publish a dead link', () => {
    expect(contact({ CONTACT_EMAIL: 'gopy@example.gov.vn', CONTACT_URL: 'https://example.gov.vn/gop-y' })).toEqual({
      email: 'gopy@example.gov.vn',
      url: 'https://example.gov.vn/gop-y',
    });
    expect(() => contact({ CONTACT_EMAIL: 'not an address' })).toThrow(/CONTACT_EMAIL/);
    expect(() => contact({ CONTACT_URL: 'javascript:alert(1)' })).toThrow(/CONTACT_URL/);
  });
  it('pre-fills the subject with the page, encoded', () => {
    expect(mailto('a@b.vn', 'Nhiệm vụ & cơ quan')).toBe(
      `mailto:a@b.vn?subject=${encodeURIComponent('Góp ý về trang: Nhiệm vụ & cơ quan')}`,
    );
  });
});
