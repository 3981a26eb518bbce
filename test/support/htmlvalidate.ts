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
    // Only geometry computed from the data may be inline: a timeframe bar's grid columns, a chart box's height.
    // Everything else belongs in stylesheets (the CSP allows style attributes, not <style> elements).
    'no-inline-style': ['error', { allowedProperties: ['grid-column', 'grid-template-columns', 'block-size'], allowVariables: false }],
    // A wide table sits in <div role="region" tabindex="0" aria-labelledby> so that keyboard users can scroll
    // it (WCAG 2.1.1); a <section> would not take the focus. Every other ARIA role must still be native.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // role="list" on a <ul> styled with list-style: none is deliberate: Safari and VoiceOver drop the list
    // semantics otherwise. That is the only redundant role in the output.
    'no-redundant-role': 'off',
  },
};

/**
 * Known failures, by page ("*" matches one path segment), kept visible instead of switching a rule off for every
 * page. Each entry must still fail: the test says so when a fix lands, so that the exemption goes with it.
 */
export const knownIssues: Record<string, string[]> = {};

/** Whether a page path matches a knownIssues key. */
export const matches = (pattern: string, page: string): boolean =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  ).test(page);

/** The rules a page is exempted from. */
export const exemptions = (page: string): string[] =>
  Object.entries(knownIssues).flatMap(([pattern, rules]) => (matches(pattern, page) ? rules : []));
