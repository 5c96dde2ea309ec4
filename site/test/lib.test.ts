import {startOfDayInLosAngeles, todayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {phoneLabel} from '@cast/schemas/rules/phone-label'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatBytes} from '../src/lib/bytes'
import {formatDate, isOpen, nextChangeAt} from '../src/lib/dates'
import {strings} from '../src/i18n/strings'
import {siteLanguages} from '../src/lib/languages'
import {jobPosting, serializeJsonLd} from '../src/lib/json-ld'
import {payRange} from '../src/lib/money'
import {answersFitOnOnePage} from '../src/lib/paging'
import {smsHref, telHref} from '../src/lib/phone'
import {excerpt, isSafeHref, plainText, renderRichText} from '../src/lib/rich-text'

describe('phone links', () => {
  it.each([
    ['888-539-2373', 'tel:+18885392373'],
    ['1-800-799-7233', 'tel:+18007997233'],
    ['911', 'tel:911'],
  ])('%s dials %s', (phone, href) => expect(telHref(phone)).toBe(href))

  it('texts short codes as they are and numbers in E.164', () => {
    expect(smsHref('233733')).toBe('sms:233733')
    expect(smsHref('888-539-2373')).toBe('sms:+18885392373')
  })

  it('shows the vanity spelling with the digits', () => {
    expect(phoneLabel('888-539-2373', '888-KEY-2-FREE')).toBe('888-KEY-2-FREE (888-539-2373)')
    expect(phoneLabel('911')).toBe('911')
  })
})

describe('rich text', () => {
  const link = (href: string) => [
    {_type: 'block', _key: 'a', style: 'normal', markDefs: [{_type: 'link', _key: 'l', href}], children: [{_type: 'span', _key: 's', text: 'go', marks: ['l']}]},
  ]

  it.each(['https://example.org/', 'mailto:a@b.org', 'tel:+18885392373', '/get-help/'])('links %s', (href) => {
    expect(isSafeHref(href)).toBe(true)
    expect(renderRichText(link(href))).toContain(`<a href="${href}"`)
  })

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/', 'vbscript:x'])('shows %s as plain text', (href) => {
    expect(isSafeHref(href)).toBe(false)
    expect(renderRichText(link(href))).toBe('<p>go</p>')
  })

  it('marks outside links noopener and shifts headings under a parent heading', () => {
    expect(renderRichText(link('https://example.org/'))).toContain('rel="noopener noreferrer"')
    const heading = [{_type: 'block', _key: 'h', style: 'h2', markDefs: [], children: [{_type: 'span', _key: 's', text: 'Title', marks: []}]}]
    expect(renderRichText(heading, {headingOffset: 1})).toBe('<h3>Title</h3>')
  })

  it('escapes text and renders nothing for unknown blocks', () => {
    const blocks = [
      {_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's', text: '<b>&', marks: []}]},
      {_type: 'embed', _key: 'e', html: '<script>x</script>'},
    ]
    expect(renderRichText(blocks)).toBe('<p>&lt;b&gt;&amp;</p>')
  })

  it('gives plain text and excerpts cut at a word', () => {
    const blocks = [{_type: 'block', _key: 'a', children: [{_type: 'span', _key: 's', text: 'One two three four five.'}]}]
    expect(plainText(blocks)).toBe('One two three four five.')
    expect(excerpt('One two three four five six seven', 20)).toBe('One two three four…')
  })
})

describe('dates', () => {
  it('decides "today" by the calendar in Los Angeles', () => {
    // 06:00 UTC on 1 March is still 28 February in Los Angeles.
    expect(todayInLosAngeles(new Date('2026-03-01T06:00:00Z'))).toBe('2026-02-28')
    expect(todayInLosAngeles(new Date('2026-03-01T09:00:00Z'))).toBe('2026-03-01')
  })

  it('keeps a job open through its closing day', () => {
    expect(isOpen({closesAt: '2026-02-28'}, '2026-02-28')).toBe(true)
    expect(isOpen({closesAt: '2026-02-28'}, '2026-03-01')).toBe(false)
    expect(isOpen({closesAt: null}, '2099-01-01')).toBe(true)
  })

  it('formats dates for people', () => {
    expect(formatDate('2025-09-15')).toBe('September 15, 2025')
    expect(formatDate('2025-09-15', 'es-US')).toBe('15 de septiembre de 2025')
  })
})

describe('formatting', () => {
  it('shows pay ranges per year and per hour', () => {
    const english = strings('en')
    expect(payRange({min: 62000, max: 70000, currency: 'USD', unit: 'year'}, 'en-US', english)).toBe('$62,000 – $70,000 a year')
    expect(payRange({min: 20, max: 22.5, currency: 'USD', unit: 'hour'}, 'en-US', english)).toBe('$20.00 – $22.50 an hour')
    expect(payRange({min: 20, max: 20, currency: 'USD', unit: 'hour'}, 'en-US', english)).toBe('$20 an hour')
    expect(payRange({min: 62000, max: 70000, currency: 'USD', unit: 'year'}, 'es-US', strings('es'))).toBe('$62,000 – $70,000 al año')
  })

  it('shows file sizes', () => {
    expect(formatBytes(900)).toBe('900 bytes')
    expect(formatBytes(2676)).toBe('2.7 KB')
    expect(formatBytes(1_400_000)).toBe('1.4 MB')
  })

  it('keeps JSON-LD from closing its script element', () => {
    expect(serializeJsonLd({name: '</script><script>alert(1)</script>'})).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}')
  })
})

describe('job posting structured data', () => {
  it('is valid through the end of the closing day in Los Angeles, summer and winter', () => {
    const settings = {title: 'Cast'} as Parameters<typeof jobPosting>[1]
    const job = (closesAt: string) =>
      ({title: 'Advocate', slug: 'advocate', description: [], postedAt: '2026-01-02', closesAt, employmentType: 'full-time', workplaceType: 'on-site', location: 'Los Angeles, CA', salary: {currency: 'USD', min: 1, max: 2, unit: 'hour'}}) as unknown as Parameters<typeof jobPosting>[0]
    expect(jobPosting(job('2026-07-15'), settings, 'https://example.org').validThrough).toBe('2026-07-15T23:59:59-07:00')
    expect(jobPosting(job('2026-01-15'), settings, 'https://example.org').validThrough).toBe('2026-01-15T23:59:59-08:00')
  })
})

describe('the next change without a publish', () => {
  it('is midnight in Los Angeles after the earliest closing day of an open job', async () => {
    // Winter: UTC-8. Summer: UTC-7.
    expect(startOfDayInLosAngeles('2026-01-15').toISOString()).toBe('2026-01-15T08:00:00.000Z')
    expect(startOfDayInLosAngeles('2026-07-15').toISOString()).toBe('2026-07-15T07:00:00.000Z')
    const jobs = [{closesAt: '2026-03-31'}, {closesAt: '2026-02-28'}, {closesAt: null}, {closesAt: '2026-01-01'}]
    expect(nextChangeAt(jobs, '2026-02-10')).toBe('2026-03-01T08:00:00.000Z')
    expect(nextChangeAt([{closesAt: null}], '2026-02-10')).toBeNull()
  })
})

describe('the languages a build publishes', () => {
  const file = (content: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'languages-')), 'languages.json')
    writeFileSync(path, content)
    return path
  }

  it('are the shipped list unless LANGUAGES_FILE names another', () => {
    expect(siteLanguages({}).map(({id}) => id)).toEqual(['en', 'es'])
    const korean = {id: 'ko', title: 'Korean', nativeName: '한국어', locale: 'ko-KR'}
    const path = file(JSON.stringify([{id: 'en', title: 'English', nativeName: 'English', locale: 'en-US'}, korean]))
    expect(siteLanguages({LANGUAGES_FILE: path}).map(({id}) => id)).toEqual(['en', 'ko'])
  })

  it('stop the build naming the file when it is missing or wrong', () => {
    expect(() => siteLanguages({LANGUAGES_FILE: '/nonexistent/languages.json'})).toThrow('LANGUAGES_FILE /nonexistent/languages.json cannot be read')
    const broken = file('[{"id": "en"')
    expect(() => siteLanguages({LANGUAGES_FILE: broken})).toThrow(`LANGUAGES_FILE ${broken} is not JSON`)
    const wrong = file('[{"id": "english"}]')
    expect(() => siteLanguages({LANGUAGES_FILE: wrong})).toThrow(`LANGUAGES_FILE ${wrong}, entry 1: id "english" must be a code`)
  })
})

describe('the FAQ page', () => {
  const words = (count: number, seed: number) => Array.from({length: count}, (_, index) => ((index * 7919 + seed * 104729) % 100_003).toString(36)).join(' ')

  it('holds every answer while they are few and fit the page budget', () => {
    expect(answersFitOnOnePage(Array.from({length: 30}, (_, index) => `Short answer ${index}: call the hotline at any hour.`))).toBe(true)
    expect(answersFitOnOnePage(Array.from({length: 31}, () => 'Short.'))).toBe(false)
  })

  it('lists the topics instead when thirty answers are long, however few', () => {
    expect(answersFitOnOnePage(Array.from({length: 30}, (_, index) => words(250, index)))).toBe(false)
  })
})
