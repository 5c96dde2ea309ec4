import {describe, expect, it} from 'vitest'
import {DEFAULT_LANGUAGE, LANGUAGES, parseLanguages, siteSettingsId} from '../routing/languages'
import {isReservedSlug} from '../routing/web-address'

const spanish = {id: 'es', title: 'Spanish', nativeName: 'Español', locale: 'es-US'}

describe('the languages file', () => {
  it('lists English first, then Spanish', () => {
    expect(LANGUAGES.map(({id}) => id)).toEqual(['en', 'es'])
    expect(DEFAULT_LANGUAGE).toBe('en')
  })

  it('gives each language a locale that formats dates in that language', () => {
    const date = new Date('2026-06-30T12:00:00Z')
    const written = LANGUAGES.map(({locale}) => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date))
    expect(written).toEqual(['June 30, 2026', '30 de junio de 2026'])
  })

  it.each([
    [[], 'expected a list of languages'],
    [[{...spanish, id: 'ES'}], 'entry 1: id "ES" must be a code such as en or es-MX'],
    [[spanish, spanish], 'entry 2: es is listed twice'],
    [[{...spanish, nativeName: ' '}], 'entry 1 (es): nativeName must be a non-empty string'],
    [[{...spanish, locale: 'not a locale!'}], 'entry 1 (es): locale "not a locale!" is not one'],
  ])('refuses %j, naming the entry', (value, message) => {
    expect(() => parseLanguages(value, 'languages.json')).toThrow(`languages.json, ${message}`.replace('languages.json, expected', 'languages.json: expected'))
  })

  it('keeps one site settings document per language at a fixed id', () => {
    expect(LANGUAGES.map(({id}) => siteSettingsId(id))).toEqual(['siteSettings', 'siteSettings-es'])
  })

  it('reserves the code of a language the site is built with as a page slug', () => {
    expect(isReservedSlug('page', 'ko')).toBe(false)
    expect(isReservedSlug('page', 'ko', ['en', 'es', 'ko'])).toBe(true)
  })
})
