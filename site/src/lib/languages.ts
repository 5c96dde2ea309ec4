import {readFileSync} from 'node:fs'
import {LANGUAGES, parseLanguages, type Language} from '@cast/schemas/routing/languages'

/**
 * The languages this build publishes: `schemas/languages.json`, or the file `LANGUAGES_FILE` names
 * (a build for another list of languages, e.g. in tests). The first is the default language.
 */
export function siteLanguages(env: NodeJS.ProcessEnv = process.env): readonly Language[] {
  const file = env.LANGUAGES_FILE
  if (!file) return LANGUAGES
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`LANGUAGES_FILE ${file} cannot be read: ${(error as Error).message}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`LANGUAGES_FILE ${file} is not JSON: ${(error as Error).message}`)
  }
  return parseLanguages(value, `LANGUAGES_FILE ${file}`)
}
