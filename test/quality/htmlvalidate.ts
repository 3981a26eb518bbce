// html-validate configuration for the built pages, rule by rule where it departs from the presets.
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  // Ignore any .htmlvalidate.json lying around: the rules are these, and only these.
  root: true,
  extends: [
    // Content model, nesting, attributes, duplicate ids, WCAG techniques (H30, H32, H36, H37, H63, H67, H71), …
    'html-validate:recommended',
    // Rules for whole documents (doctype, heading order, SRI, references), since we validate finished pages.
    'html-validate:document',
  ],
  rules: {
    // Source-style rule: pages are generated, and whitespace at a line end inside text is insignificant in HTML.
    // The plan's MDX keeps its line breaks, so Astro's output has them.
    'no-trailing-whitespace': 'off',
    // An SEO preference, not validity: a task page's title is the task's name as printed in the signed plan,
    // which we may not shorten. Search engines truncate long titles themselves.
    'long-title': 'off',
    // SRI protects against a compromised third-party host. Every asset here comes from the site itself
    // (security.test.ts proves it), where SRI adds nothing; any cross-origin resource would still need it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // aria-labelledby, aria-describedby, for= … must name an id that exists on the page. Listed explicitly
    // because broken references are invisible to sighted testers.
    'no-missing-references': 'error',
  },
};

/**
 * Known failures, kept visible instead of switching a rule off for every page. Each entry must still fail:
 * the test says so when a fix lands, so that the exemption is removed with it.
 */
export const knownIssues: Record<string, string[]> = {
  // The plan page has no <h1>: the plan's title is rendered as <h2> and the table of contents' heading comes
  // first. The reading-pages redesign (issue 3) owns this page.
  'ke-hoach/index.html': ['heading-level'],
};
