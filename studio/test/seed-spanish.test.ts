import type {DatasetDocument} from '@cast/schemas/dataset'
import {isSluggedType, type SluggedType} from '@cast/schemas/routing/reserved-paths'
import {isCleanSlug, isReservedSlug, webAddress} from '@cast/schemas/routing/web-address'
import {describe, expect, it} from 'vitest'
import {spanishTexts} from '../seed/source/dataset'
import {seed} from './helpers'

const TRANSLATED = ['faq', 'faqCategory', 'hotline', 'page', 'siteSettings']
const ENGLISH_ONLY = ['report', 'jobOpening']
const HIDDEN = ['slug', 'orderRank', 'language', 'category', 'related', 'primaryHotline', 'marks']

interface Member {
  language: string
  value: {_ref: string}
}

const byId = new Map(seed.map((doc) => [doc._id, doc]))
const groups = seed.filter((doc) => doc._type === 'translation.metadata')
const english = seed.filter((doc) => TRANSLATED.includes(doc._type) && doc.language === 'en')
const spanish = seed.filter((doc) => doc.language === 'es')

const membersOf = (group: DatasetDocument) => group.translations as Member[]
/** Every document some metadata group lists. */
const grouped = groups.flatMap((group) => membersOf(group).map((member) => member.value._ref))
const slugOf = (doc: DatasetDocument) => (doc.slug as {current: string} | undefined)?.current

/** The English document a Spanish one translates, through its metadata group. */
function originalOf(doc: DatasetDocument): DatasetDocument {
  const group = groups.find((group) => membersOf(group).some((member) => member.value._ref === doc._id))
  const ref = group && membersOf(group).find((member) => member.language === 'en')?.value._ref
  const original = ref && byId.get(ref)
  if (!original) throw new Error(`${doc._id} is in no translation group with an English document`)
  return original
}

/** Every string a visitor reads in a document: its fields and text, not its ids, keys, slug or order. */
function strings(value: unknown, hidden = HIDDEN): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, hidden))
  if (typeof value === 'object' && value !== null) {
    const shown = Object.entries(value).filter(([name]) => !name.startsWith('_') && !hidden.includes(name))
    return shown.flatMap(([, item]) => strings(item, hidden))
  }
  return []
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort()

/** Hrefs of rich-text links and URL fields. */
function links(doc: DatasetDocument): string[] {
  const hrefs = [...JSON.stringify(doc).matchAll(/"href":"([^"]+)"/g)].map((match) => match[1] as string)
  return unique(typeof doc.quickExitUrl === 'string' ? [...hrefs, doc.quickExitUrl] : hrefs)
}

/** Emails, phone links, phone and vanity numbers (888-KEY-2-FREE), then any other figure: 911, 233733, 22%, 1998. */
const FACT = /[\w.+-]+@[\w.-]+\w|tel:\+?\d+|(?:1-)?\d{3}-[0-9A-Z]{3,}(?:-[0-9A-Z]+)*|\d+%?/g

function facts(doc: DatasetDocument): string[] {
  return unique(strings(doc).join('\n').match(FACT) ?? [])
}

/** Where a link on the English site leads in Spanish: a document's Spanish address, or the site's own page under /es/. */
function spanishAddress(href: string): string {
  if (!href.startsWith('/')) return href
  const target = seed.find((doc) => isSluggedType(doc._type) && doc.language === 'en' && webAddress(doc._type, slugOf(doc) ?? '') === href)
  if (!target) return `/es${href}`
  const translation = byId.get(`${target._id}-es`)
  if (!translation) throw new Error(`${href} leads to ${target._id}, which has no Spanish version`)
  return webAddress(target._type as SluggedType, slugOf(translation) ?? '', 'es')
}

/** Runs a check on each Spanish document, after making sure there is one for each English one. */
function eachSpanish(check: (doc: DatasetDocument) => void) {
  expect(spanish.length, 'Spanish documents').toBe(english.length)
  for (const doc of spanish) check(doc)
}

describe('the Spanish seed', () => {
  it('has one Spanish member, of the same type, in each translated document’s metadata group', () => {
    expect(english.length).toBeGreaterThan(30)
    for (const doc of english) {
      const group = byId.get(`${doc._id}-translations`)
      expect(group?._type, `${doc._id}-translations`).toBe('translation.metadata')
      expect(group?.schemaTypes, group?._id).toEqual([doc._type])
      const members = membersOf(group as DatasetDocument)
      expect(members.map(({language}) => language), group?._id).toEqual(['en', 'es'])
      expect(members[0]?.value._ref).toBe(doc._id)
      const translation = byId.get(members[1]?.value._ref ?? '')
      expect(translation?._id, group?._id).toBe(doc._type === 'siteSettings' ? 'siteSettings-es' : `${doc._id}-es`)
      expect(translation?._type, translation?._id).toBe(doc._type)
      expect(translation?.language, translation?._id).toBe('es')
    }
    expect(grouped.length, 'a document listed in two groups').toBe(new Set(grouped).size)
    expect(spanish.filter((doc) => !grouped.includes(doc._id)).map((doc) => doc._id), 'Spanish documents in no group').toEqual([])
  })

  it('writes its metadata in the shape the translation plugin writes', () => {
    const member = (language: string, _ref: string) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: {_type: 'reference', _ref, _weak: true},
    })
    expect(byId.get('siteSettings-translations')?.translations).toEqual([member('en', 'siteSettings'), member('es', 'siteSettings-es')])
  })

  it('keeps reports and job openings in English only', () => {
    const samples = seed.filter((doc) => ENGLISH_ONLY.includes(doc._type))
    expect(samples.length).toBeGreaterThan(0)
    expect(samples.filter((doc) => doc.language !== 'en').map((doc) => doc._id)).toEqual([])
    expect(samples.filter((doc) => grouped.includes(doc._id)).map((doc) => doc._id)).toEqual([])
  })

  it('gives the same numbers, figures, addresses and emails as the English', () => {
    eachSpanish((doc) => expect(facts(doc), doc._id).toEqual(facts(originalOf(doc))))
  })

  it('links to the same outside addresses, and to the Spanish pages of the English links', () => {
    eachSpanish((doc) => expect(links(doc), doc._id).toEqual(unique(links(originalOf(doc)).map(spanishAddress))))
  })

  it('points its references at Spanish documents', () => {
    const refs = spanish.flatMap((doc) =>
      [...JSON.stringify(doc).matchAll(/"_ref":"([^"]+)"/g)].map((match) => [doc._id, match[1] as string]),
    )
    expect(refs.length).toBeGreaterThan(10)
    for (const [from, to] of refs) expect(byId.get(to as string)?.language, `${from} -> ${to}`).toBe('es')
    expect(byId.get('siteSettings-es')?.primaryHotline).toEqual({_type: 'reference', _ref: 'hotline-cast-es'})
  })

  it('keeps the English order', () => {
    eachSpanish((doc) => expect(doc.orderRank, doc._id).toBe(originalOf(doc).orderRank))
  })

  it('has Spanish slugs, clean, free and unique per type', () => {
    for (const type of ['faq', 'faqCategory', 'page'] as const) {
      const slugs = spanish.filter((doc) => doc._type === type).map((doc) => {
        const slug = slugOf(doc) ?? ''
        expect(isCleanSlug(slug), `${doc._id}: ${slug}`).toBe(true)
        expect(isReservedSlug(type, slug), `${doc._id}: ${slug}`).toBe(false)
        expect(slug, `${doc._id} keeps the English slug`).not.toBe(slugOf(originalOf(doc)))
        return slug
      })
      expect(slugs.length, type).toBeGreaterThan(0)
      expect(slugs.length, `${type} slugs repeat: ${slugs.sort().join(', ')}`).toBe(new Set(slugs).size)
    }
  })

  it('is written in Spanish, with none of the commonest English words', () => {
    eachSpanish((doc) => {
      // The organisation's full name is a proper name: it stays English in Spanish.
      const text = strings(doc, [...HIDDEN, 'href', 'fullName']).join('\n')
      expect(text.match(/\b(the|and|you|your|call|help|with|for|is|are|to|of|or|if|not)\b/gi), doc._id).toBeNull()
    })
  })

  it('stops on an English entry without Spanish text, or Spanish text keyed by no English id', () => {
    const texts = {'faq-a': 'Sí', 'faq-b': 'No'}
    expect(spanishTexts(texts, ['faq-a', 'faq-b', 'faq-c'], 'faq.ts')('faq-a')).toBe('Sí')
    expect(() => spanishTexts(texts, ['faq-a', 'faq-b', 'faq-c'], 'faq.ts')('faq-c')).toThrow(
      'seed/source/es/faq.ts has no Spanish text for faq-c. Add an entry under that id.',
    )
    expect(() => spanishTexts(texts, ['faq-a'], 'faq.ts')).toThrow(
      "seed/source/es/faq.ts: no English entry has the id faq-b. Key each entry by its English document's id.",
    )
  })
})
