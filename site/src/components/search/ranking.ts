/**
 * Pagefind's ranking options for the site's search (`pagefind.options({ranking})`). Pagefind
 * counts a word in a page's title five times by default, so a report or job whose title has the
 * word outranked the answers and hotlines that explain it ("hotline" found a sample report before
 * Get help). Titles count once here; the page types' weights (`result-types.ts`) do the rest.
 */
export const PAGEFIND_RANKING = {metaWeights: {title: 1}}
