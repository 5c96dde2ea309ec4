import {readdir, readFile} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {hotline} from '../documents/hotline'
import {API_VERSION} from '../rules/api-version'
import {endOfDayInLosAngeles, SITE_TIME_ZONE, startOfDayInLosAngeles, todayInLosAngeles} from '../rules/los-angeles'
import {phoneLabel} from '../rules/phone-label'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The packages a module imports, following its relative imports through the files they name. */
async function importsOf(file: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(file)) return []
  seen.add(file)
  const text = await readFile(file, 'utf8')
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (match) => (match[1] ?? match[2])!,
  )
  const packages: string[] = []
  for (const specifier of specifiers) {
    // A JSON file imports nothing.
    if (specifier.endsWith('.json')) continue
    if (specifier.startsWith('.')) packages.push(...(await importsOf(`${resolve(dirname(file), specifier)}.ts`, seen)))
    else packages.push(specifier)
  }
  return packages
}

describe('rules the Studio and the site share', () => {
  it('shows a vanity number with its digits, and a plain number as it is', () => {
    expect(phoneLabel('888-539-2373', '888-KEY-2-FREE')).toBe('888-KEY-2-FREE (888-539-2373)')
    expect(phoneLabel('911', null)).toBe('911')
  })

  it('labels hotlines in the Studio’s lists as the site does', () => {
    const prepare = hotline.preview!.prepare!
    expect(prepare({title: 'Cast', phone: '888-539-2373', vanity: '888-KEY-2-FREE', area: 'Los Angeles County'}).subtitle).toBe(
      `${phoneLabel('888-539-2373', '888-KEY-2-FREE')} · Los Angeles County`,
    )
    expect(prepare({title: '911', phone: '911', vanity: undefined, area: undefined}).subtitle).toBe('911')
  })

  it('counts today by the calendar in Los Angeles, daylight saving included', () => {
    expect(SITE_TIME_ZONE).toBe('America/Los_Angeles')
    // Midnight in Los Angeles is 08:00 UTC in winter (UTC-8) and 07:00 UTC in summer (UTC-7).
    expect(todayInLosAngeles(new Date('2026-01-15T07:59:00Z'))).toBe('2026-01-14')
    expect(todayInLosAngeles(new Date('2026-01-15T08:00:00Z'))).toBe('2026-01-15')
    expect(todayInLosAngeles(new Date('2026-07-15T06:59:00Z'))).toBe('2026-07-14')
    expect(todayInLosAngeles(new Date('2026-07-15T07:00:00Z'))).toBe('2026-07-15')
  })

  it('starts and ends a day in Los Angeles with the offset in force, on the days the clocks change too', () => {
    expect(startOfDayInLosAngeles('2026-01-15').toISOString()).toBe('2026-01-15T08:00:00.000Z')
    expect(startOfDayInLosAngeles('2026-07-15').toISOString()).toBe('2026-07-15T07:00:00.000Z')
    expect(endOfDayInLosAngeles('2026-01-15')).toBe('2026-01-15T23:59:59-08:00')
    expect(endOfDayInLosAngeles('2026-07-15')).toBe('2026-07-15T23:59:59-07:00')
    // Clocks go forward on March 8, 2026 and back on November 1, 2026, both at 2 a.m.
    expect(startOfDayInLosAngeles('2026-03-08').toISOString()).toBe('2026-03-08T08:00:00.000Z')
    expect(endOfDayInLosAngeles('2026-03-08')).toBe('2026-03-08T23:59:59-07:00')
    expect(startOfDayInLosAngeles('2026-11-01').toISOString()).toBe('2026-11-01T07:00:00.000Z')
    expect(endOfDayInLosAngeles('2026-11-01')).toBe('2026-11-01T23:59:59-08:00')
    expect(() => endOfDayInLosAngeles('15/07/2026')).toThrow('expected a date written YYYY-MM-DD')
  })

  it('names one Content Lake API version, as a date', () => {
    expect(API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('imports nothing from sanity, so the site can use every one of them', async () => {
    const files = (await Promise.all(['rules', 'routing'].map(async (folder) => (await readdir(join(root, folder))).map((name) => join(root, folder, name))))).flat()
    expect(files.length).toBeGreaterThan(4)
    for (const file of [...files, join(root, 'validation', 'href.ts'), join(root, 'validation', 'phone.ts')]) {
      const packages = await importsOf(file)
      expect(packages.filter((name) => /^(@sanity\/|sanity(\/|$))/.test(name)), relative(root, file)).toEqual([])
    }
  })
})
