// Facts about the document itself that sit outside the plan's running text (content/plan/), quoted as printed.
// test/unit/plan-facts.test.ts holds each one to the seed.

/** Header of both appendices. The source leaves the plan's number, day and month blank: the site says so, never fills them. */
export const APPENDIX_HEADER = 'Kèm theo Kế hoạch số /KH-UBND ngày / /2025 của UBND thành phố Hà Nội';
