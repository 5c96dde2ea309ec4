import {describe, expect, it} from 'vitest'
import {LANGUAGE_IDS} from '../routing/languages'
import {reservedSlugs} from '../routing/reserved-paths'
import {isCleanSlug, isReservedSlug, webAddress} from '../routing/web-address'

describe('web addresses', () => {
  it.each(['ways-to-give', 'a', '2', 'report-2025'])('%j is a clean slug', (slug) => expect(isCleanSlug(slug)).toBe(true))

  it.each(['', '../x', 'a/b', 'a\\b', '%2e%2e', '.', 'build.json', 'Ways', 'a--b', '-a', 'a-', 'a b', 'ayuda-en-español'])('%j is not', (slug) =>
    expect(isCleanSlug(slug)).toBe(false),
  )

  it('keeps the site’s own folders, files and language codes from pages', () => {
    for (const slug of ['faq', 'careers', 'reports', 'media', 'pagefind', '_astro', 'preview', 'build.json', 'robots.txt', ...LANGUAGE_IDS]) {
      expect(isReservedSlug('page', slug), slug).toBe(true)
    }
    expect(isReservedSlug('page', 'about')).toBe(false)
  })

  it('keeps the paged lists and topics from the types beneath them', () => {
    expect(isReservedSlug('faq', 'topics')).toBe(true)
    expect(isReservedSlug('jobOpening', 'page')).toBe(true)
    expect(isReservedSlug('report', 'page')).toBe(true)
    expect(isReservedSlug('report', 'rss.xml')).toBe(true)
    expect(isReservedSlug('faq', 'faq')).toBe(false)
    expect(reservedSlugs('faqCategory')).toEqual([])
  })

  it('says where a document lives', () => {
    expect(webAddress('faq', 'x')).toBe('/faq/x/')
    expect(webAddress('page', 'about')).toBe('/about/')
    expect(webAddress('report', 'x', 'es')).toBe('/es/reports/x/')
  })
})
