import {pageLanguage} from '../lib/languages'
import english from './en.json'
import {fill} from './fill'

/**
 * The interface's words in each language: `site/src/i18n/<language>.json`, one file per language
 * of `schemas/languages.json`, with the keys of `en.json`. A language without a file, or a key a
 * file lacks, shows English, and the build says so once.
 */
type StringKey = keyof typeof english

type Strings = Record<string, string>

const files = import.meta.glob<Strings>('./*.json', {eager: true, import: 'default'})
const warned = new Set<string>()

function warnOnce(message: string): void {
  if (warned.has(message)) return
  warned.add(message)
  console.warn(message)
}

function fileOf(language: string): Strings {
  const file = files[`./${language}.json`]
  if (!file) warnOnce(`No interface strings for ${language} (site/src/i18n/${language}.json): its pages show the interface in English.`)
  return file ?? english
}

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string

/** The words of `language`: `t('help.call', {number})` fills `{number}` in. */
export function strings(language: string): Translate {
  const file = fileOf(language)
  return (key, values = {}) => {
    let text = file[key]
    if (text === undefined) {
      warnOnce(`site/src/i18n/${language}.json has no "${key}": showing English.`)
      text = english[key]
    }
    return fill(text, values)
  }
}

/** The words of the page being rendered, in a component: `pageStrings(Astro.params)`. */
export function pageStrings(params: Record<string, string | undefined>): Translate {
  return strings(pageLanguage(params).id)
}
