import {gzipSync} from 'node:zlib'

/**
 * Splitting long lists into pages, so that no page outgrows the weight budget however much
 * content there is: page 1 at the list's own address, then `<base>page/2/`, `<base>page/3/`…
 */
export interface PageOf<T> {
  items: T[]
  number: number
  count: number
  /** Address of this page and its neighbours, for links. */
  href: string
  previous?: string
  next?: string
}

export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`
}

export function paginate<T>(items: T[], size: number, base: string): Array<PageOf<T>> {
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({length: count}, (_, index) => {
    const number = index + 1
    return {
      items: items.slice(index * size, number * size),
      number,
      count,
      href: pageHref(base, number),
      ...(number > 1 ? {previous: pageHref(base, number - 1)} : {}),
      ...(number < count ? {next: pageHref(base, number + 1)} : {}),
    }
  })
}

/** The `getStaticPaths` entries of a paged list's `[...page]` route: page 1 at `base`, then `page/2`… */
export function pagedRoutes<T>(items: T[], size: number, base: string): Array<{params: {page: string | undefined}; props: {page: PageOf<T>}}> {
  return paginate(items, size, base).map((page) => ({params: {page: page.number === 1 ? undefined : `page/${page.number}`}, props: {page}}))
}

/**
 * Up to this many questions, /faq/ holds every answer on one page (anchored /faq/#<slug>, and
 * readable without JavaScript); beyond it, one page would outgrow the page weight budget, so
 * /faq/ lists the topics and each topic's answers are paged.
 */
const FAQ_INLINE_LIMIT = 30
/**
 * The most the answers may weigh, gzip, for /faq/ to hold them all: the 30 KB page budget less
 * the page around them (about 8 KB of markup, 5 KB of CSS and JS, and the questions themselves).
 * Thirty long answers do not fit, however few they are.
 */
const FAQ_INLINE_BYTES = 14_000

/** Whether /faq/ shows every answer (the answers' plain text given), or lists the topics. */
export function answersFitOnOnePage(answers: string[]): boolean {
  return answers.length <= FAQ_INLINE_LIMIT && gzipSync(answers.join('\n'), {level: 9}).length <= FAQ_INLINE_BYTES
}
/** Answers on one page of a topic. */
export const FAQ_PAGE_SIZE = 20
/** Reports on one page of the reports list. */
export const REPORTS_PAGE_SIZE = 20
/** Open positions on one page of the careers list. */
export const JOBS_PAGE_SIZE = 20
