import {describe, expect, it} from 'vitest'
import {checkPhone, checkSms, nationalDigits} from '../validation/phone'
import {checkVanity, vanityMatchesPhone, vanityToDigits} from '../validation/vanity'
import {checkHref, isAllowedHref} from '../validation/href'
import {checkClosesAfterPosted} from '../validation/dates'

describe('phone numbers', () => {
  it.each(['888-539-2373', '1-800-799-7233', '213-365-1906', '911', '988'])('accepts %s', (phone) => {
    expect(checkPhone(phone)).toBe(true)
  })

  it.each(['8885392373', '(888) 539-2373', '888 539 2373', '+1-888-539-2373', '088-539-2373', '112', ' 911'])(
    'rejects %s',
    (phone) => {
      expect(checkPhone(phone)).toMatch(/dialled in the US|spaces/)
    },
  )

  it('drops the country code from the national digits', () => {
    expect(nationalDigits('1-800-799-7233')).toBe('8007997233')
    expect(nationalDigits('888-539-2373')).toBe('8885392373')
  })

  it('accepts short codes and US numbers for texting', () => {
    expect(checkSms('233733')).toBe(true)
    expect(checkSms('22522')).toBe(true)
    expect(checkSms('888-539-2373')).toBe(true)
    expect(checkSms('1234')).toMatch(/short code/)
  })
})

describe('vanity numbers', () => {
  it.each([
    ['888-KEY-2-FREE', '888-539-2373'],
    ['1-800-799-SAFE', '1-800-799-7233'],
    ['1-800-656-HOPE', '1-800-656-4673'],
    ['1-800-RUNAWAY', '1-800-786-2929'],
  ])('%s dials %s', (vanity, phone) => {
    expect(vanityMatchesPhone(vanity, phone)).toBe(true)
    expect(checkVanity(vanity, phone)).toBe(true)
  })

  it('spells letters as keypad digits', () => {
    expect(vanityToDigits('888-KEY-2-FREE')).toBe('88853923733')
  })

  it('rejects a vanity number that dials another number', () => {
    expect(vanityMatchesPhone('888-KEY-2-FREE', '888-539-2374')).toBe(false)
    expect(checkVanity('888-KEY-2-FREE', '888-539-2374')).toMatch(/dials 88853923733, which is not 888-539-2374/)
  })

  it('allows extra letters after a complete number, but not extra digits', () => {
    expect(vanityMatchesPhone('888-KEY-2-FREES', '888-539-2373')).toBe(true)
    expect(vanityMatchesPhone('888-539-23734', '888-539-2373')).toBe(false)
  })

  it('asks for the phone number first', () => {
    expect(checkVanity('888-KEY-2-FREE', undefined)).toMatch(/Add the phone number first/)
  })
})

describe('links in rich text', () => {
  it.each(['https://example.org/', 'http://example.org/', 'mailto:info@castla.org', 'tel:+18885392373', '/get-help/'])(
    'allows %s',
    (href) => {
      expect(isAllowedHref(href)).toBe(true)
      expect(checkHref(href)).toBe(true)
    },
  )

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,hi', '//evil.example/', 'vbscript:x', 'get-help'])(
    'refuses %s',
    (href) => {
      expect(isAllowedHref(href)).toBe(false)
      expect(checkHref(href)).toMatch(/Links may go to/)
    },
  )

  it('asks for an address when the link is empty', () => {
    expect(checkHref('')).toMatch(/Add the address/)
  })
})

describe('closing dates', () => {
  it('accepts a closing date on or after the posting date', () => {
    expect(checkClosesAfterPosted('2026-01-01', '2026-01-01')).toBe(true)
    expect(checkClosesAfterPosted(undefined, '2026-01-01')).toBe(true)
  })

  it('rejects a closing date before the posting date', () => {
    expect(checkClosesAfterPosted('2025-12-31', '2026-01-01')).toMatch(/before the date the job was posted/)
  })
})
