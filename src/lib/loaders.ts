/**
 * Folder the data files are read from. CONTENT_DIR lets a test or the benchmark build the same site from another
 * data folder (a broken copy, injected payloads, a synthetic plan) without touching content/.
 */
export const contentDir = (): string => process.env.CONTENT_DIR || 'content';
