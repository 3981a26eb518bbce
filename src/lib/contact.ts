// Where readers send feedback: set by whoever publishes the site, never guessed (README, "Feedback address").
//   CONTACT_EMAIL=gopy@example.gov.vn   an address for mailto: links (subject pre-filled with the page)
//   CONTACT_URL=https://…               a form or tracker, when the owner prefers one
// With neither, the feedback page says that no address has been set yet.
import { z } from 'zod';

const email = z.email();
const web = z.url({ protocol: /^https?$/ });

export interface Contact {
  email: string | null;
  url: string | null;
}

/** Reads and checks the configured address; a malformed one stops the build rather than publishing a dead link. */
export function contact(env: Record<string, string | undefined> = process.env): Contact {
  const e = env.CONTACT_EMAIL?.trim() || null;
  const u = env.CONTACT_URL?.trim() || null;
  if (e && !email.safeParse(e).success) throw new Error(`CONTACT_EMAIL không phải địa chỉ thư điện tử hợp lệ: "${e}"`);
  if (u && !web.safeParse(u).success) throw new Error(`CONTACT_URL phải là địa chỉ http(s) đầy đủ: "${u}"`);
  return { email: e, url: u };
}

/** A mailto: link whose subject names the page the reader came from. */
export const mailto = (to: string, page: string): string => `mailto:${to}?subject=${encodeURIComponent(`Góp ý về trang: ${page}`)}`;
