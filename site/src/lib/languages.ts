import {readFileSync} from 'node:fs'
import {DEFAULT_LANGUAGE, LANGUAGES, parseLanguages, type Language} from '@cast/schemas/routing/languages'

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
  const languages = parseLanguages(value, `LANGUAGES_FILE ${file}`)
  // Documents' addresses (`webAddress`) and the Studio assume the shipped default language.
  if (languages[0]?.id !== DEFAULT_LANGUAGE) throw new Error(`LANGUAGES_FILE ${file}: the first language must be ${DEFAULT_LANGUAGE}, the default language of documents.`)
  return languages
}

let chosen: {file: string | undefined; languages: readonly Language[]} | undefined

/** The build's languages, read once per build. */
export function languages(): readonly Language[] {
  if (chosen?.file !== process.env.LANGUAGES_FILE || !chosen) chosen = {file: process.env.LANGUAGES_FILE, languages: siteLanguages()}
  return chosen.languages
}

/** One path per language for a route under `src/pages/[...lang]/`: the default language has no folder. */
export function languagePaths(): Array<{params: {lang: string | undefined}; props: {lang: Language}}> {
  return languages().map((lang) => ({params: {lang: lang.id === DEFAULT_LANGUAGE ? undefined : lang.id}, props: {lang}}))
}

/**
 * `getStaticPaths` of a route under `src/pages/[...lang]/`: the paths `paths` gives for each
 * language, with that language's folder and the language itself as the `lang` prop.
 */
export async function perLanguage<Params extends Record<string, string | undefined>, Props extends object>(
  paths: (language: Language) => Promise<Array<{params: Params; props: Props}>>,
): Promise<Array<{params: Params & {lang: string | undefined}; props: Props & {lang: Language}}>> {
  const all = await Promise.all(
    languagePaths().map(async ({params: {lang}, props}) =>
      (await paths(props.lang)).map((path) => ({params: {...path.params, lang}, props: {...path.props, lang: props.lang}})),
    ),
  )
  return all.flat()
}

/** The language of the page being rendered, from its `[...lang]` parameter. */
export function pageLanguage(params: Record<string, string | undefined>): Language {
  const id = params.lang ?? DEFAULT_LANGUAGE
  const language = languages().find((candidate) => candidate.id === id)
  if (!language) throw new Error(`No language ${id} in this build's languages (${languages().map((l) => l.id).join(', ')}).`)
  return language
}

/** A site path in a language: `/faq/` is `/es/faq/` in Spanish. */
export function inLanguage(language: string, path: string): string {
  return language === DEFAULT_LANGUAGE ? path : `/${language}${path}`
}

export type {Language}
