/**
 * What visitors type into the site's search, each with the pages that answer it (paths of the
 * site built from the embedded dataset). Groups: `exact` (words the pages use), `misspelled`
 * (typos and British spellings), `synonym` (other words for the same thing), `sentence`
 * (questions and situations typed as people say them). Within each group, every other query is
 * held out (`search-bench.ts`): synonyms and weights are chosen by looking at the others only.
 */
export type QueryGroup = 'exact' | 'misspelled' | 'synonym' | 'sentence'

export interface BenchQuery {
  query: string
  group: QueryGroup
  /** The language's search page the query is typed into. */
  lang: 'en' | 'es'
  /** Pages that answer it; a hit is any of them. */
  answers: string[]
}

const faq = (slug: string) => `/faq/${slug}/`
const faqEs = (slug: string) => `/es/faq/${slug}/`
const DEFINITION = faq('what-is-human-trafficking')
const CALL = faq('when-should-i-call-the-hotline')
const WHAT_HAPPENS = faq('what-happens-when-i-call')
const HOTLINES = ['/get-help/', CALL, WHAT_HAPPENS]
const VISA = [faq('can-someone-with-a-visa-be-trafficked'), faq('who-can-get-services'), '/what-we-do/']
const DONATE = [faq('can-i-donate'), '/ways-to-give/']
const JOBS = ['/careers/sample-case-manager/', '/careers/sample-msw-intern/', '/ways-to-give/']
const LOCKED = faq('does-trafficking-mean-being-locked-up')
const DEFINICION = faqEs('que-es-la-trata-de-personas')
const LLAMAR = faqEs('cuando-llamar-a-la-linea-de-ayuda')
const QUE_PASA = faqEs('que-pasa-cuando-llamo')
const LINEAS = ['/es/get-help/', LLAMAR, QUE_PASA]
const DONAR = [faqEs('puedo-donar'), '/es/formas-de-donar/']

const en = (group: QueryGroup, query: string, answers: string[]): BenchQuery => ({query, group, lang: 'en', answers})
const es = (group: QueryGroup, query: string, answers: string[]): BenchQuery => ({query, group, lang: 'es', answers})

export const QUERIES: BenchQuery[] = [
  en('exact', 'hotline', HOTLINES),
  en('exact', 'human trafficking', [DEFINITION]),
  en('exact', 'volunteer', [faq('can-i-volunteer')]),
  en('exact', 'donate', DONATE),
  en('exact', 'smuggling', [faq('is-trafficking-the-same-as-smuggling')]),
  en('exact', 'training', [faq('do-you-offer-training'), '/contact/']),
  en('exact', 'internship', [faq('can-i-volunteer'), '/careers/sample-msw-intern/']),
  en('exact', 'case manager', ['/careers/sample-case-manager/']),
  en('exact', 'clear browsing history', ['/safety/']),
  en('exact', 'quick exit', ['/safety/']),
  en('exact', '911', [faq('what-if-i-am-in-danger-now'), '/get-help/']),
  en('exact', 'national hotline', ['/get-help/', faq('outside-los-angeles-county')]),
  en('exact', 'domestic violence', ['/get-help/']),
  en('exact', 'El Monte', [faq('what-is-cast'), '/about/']),
  en('exact', 'anonymous', [WHAT_HAPPENS]),
  en('exact', 'labor trafficking', [DEFINITION, faq('who-can-get-services'), faq('how-common-is-trafficking')]),
  en('exact', 'newsletter', ['/ways-to-give/']),
  en('exact', 'religious', [faq('is-cast-political-or-religious')]),
  en('exact', 'films', [faq('are-films-about-trafficking-accurate')]),
  en('exact', 'vulnerable', [faq('what-makes-people-vulnerable')]),
  en('exact', 'media enquiries', ['/contact/']),
  en('exact', 'policy', ['/policy/']),
  es('exact', 'trata de personas', [DEFINICION]),
  es('exact', 'línea de ayuda', LINEAS),
  es('exact', 'voluntario', [faqEs('puedo-ser-voluntario')]),
  es('exact', 'donar', DONAR),
  es('exact', 'capacitación', [faqEs('cast-ofrece-capacitacion')]),
  es('exact', 'peligro', [faqEs('que-hago-si-estoy-en-peligro'), '/es/get-help/']),

  en('misspelled', 'traficking', [DEFINITION]),
  en('misspelled', 'traffiking', [DEFINITION]),
  en('misspelled', 'trafficing', [DEFINITION]),
  en('misspelled', 'hotlne', HOTLINES),
  en('misspelled', 'volunter', [faq('can-i-volunteer')]),
  en('misspelled', 'donnate', DONATE),
  en('misspelled', 'smugling', [faq('is-trafficking-the-same-as-smuggling')]),
  en('misspelled', 'labour', [DEFINITION, faq('who-can-get-services'), faq('how-common-is-trafficking')]),
  en('misspelled', 'labour trafficking', [DEFINITION, faq('who-can-get-services'), faq('how-common-is-trafficking')]),
  en('misspelled', 'organisation', [faq('what-is-cast'), '/about/']),
  en('misspelled', 'anonymus', [WHAT_HAPPENS]),
  en('misspelled', 'emergancy', [faq('what-if-i-am-in-danger-now'), '/get-help/']),
  en('misspelled', 'domestic violance', ['/get-help/']),
  en('misspelled', 'religous', [faq('is-cast-political-or-religious')]),
  en('misspelled', 'intership', [faq('can-i-volunteer'), '/careers/sample-msw-intern/']),
  en('misspelled', 'histroy', ['/safety/']),
  es('misspelled', 'linea de ayuda', LINEAS),
  es('misspelled', 'capacitacion', [faqEs('cast-ofrece-capacitacion')]),
  es('misspelled', 'donacion', DONAR),
  es('misspelled', 'voluntareo', [faqEs('puedo-ser-voluntario')]),
  es('misspelled', 'trafico de migrantes', [faqEs('la-trata-es-lo-mismo-que-el-trafico-de-migrantes')]),
  es('misspelled', 'peligo', [faqEs('que-hago-si-estoy-en-peligro'), '/es/get-help/']),

  en('synonym', 'T visa', VISA),
  en('synonym', 'T-visa', VISA),
  en('synonym', 'immigration relief', VISA),
  en('synonym', 'green card', VISA),
  en('synonym', 'pimp', [DEFINITION]),
  en('synonym', 'forced to work', [DEFINITION, CALL]),
  en('synonym', 'sex trafficking', [DEFINITION, faq('who-can-get-services')]),
  en('synonym', 'modern slavery', [DEFINITION, faq('what-is-cast')]),
  en('synonym', 'help line', HOTLINES),
  en('synonym', 'police', [WHAT_HAPPENS, faq('what-if-i-am-in-danger-now')]),
  en('synonym', 'charity', [faq('what-is-cast'), '/about/']),
  en('synonym', 'jobs', JOBS),
  en('synonym', 'statistics', [faq('how-common-is-trafficking')]),
  en('synonym', 'chained', [LOCKED]),
  en('synonym', 'undocumented', VISA),
  en('synonym', 'church', [faq('is-cast-political-or-religious')]),
  en('synonym', 'interpreter', [WHAT_HAPPENS]),
  en('synonym', 'movies', [faq('are-films-about-trafficking-accurate')]),
  es('synonym', 'visa T', [faqEs('una-persona-con-visa-puede-ser-victima-de-trata'), faqEs('quien-puede-recibir-ayuda')]),
  es('synonym', 'explotación laboral', [DEFINICION, faqEs('quien-puede-recibir-ayuda')]),
  es('synonym', 'padrote', [DEFINICION]),
  es('synonym', 'trabajo forzado', [DEFINICION, LLAMAR]),
  es('synonym', 'policía', [QUE_PASA, faqEs('que-hago-si-estoy-en-peligro')]),
  es('synonym', 'películas', [faqEs('las-peliculas-muestran-bien-la-trata')]),

  en('sentence', 'my boss took my passport', [CALL, DEFINITION, LOCKED]),
  en('sentence', "can't leave my job", [CALL, DEFINITION, LOCKED]),
  en('sentence', 'what happens when I call', [WHAT_HAPPENS]),
  en('sentence', 'do I have to give my name', [WHAT_HAPPENS]),
  en('sentence', 'I am in danger', [faq('what-if-i-am-in-danger-now'), '/get-help/']),
  en('sentence', "I don't live in Los Angeles", [faq('outside-los-angeles-county')]),
  en('sentence', 'how do I donate', DONATE),
  en('sentence', 'is trafficking the same as smuggling', [faq('is-trafficking-the-same-as-smuggling')]),
  en('sentence', 'how many people are trafficked', [faq('how-common-is-trafficking')]),
  en('sentence', 'someone checks my phone', ['/safety/']),
  en('sentence', "my employer doesn't pay me", [CALL, DEFINITION, faq('how-common-is-trafficking')]),
  en('sentence', 'they threatened my family', [LOCKED]),
  en('sentence', 'how do I report trafficking', HOTLINES),
  en('sentence', 'I came here on a work visa', VISA),
  es('sentence', 'mi jefe me quitó el pasaporte', [LLAMAR, DEFINICION, faqEs('la-trata-siempre-significa-estar-encerrado')]),
  es('sentence', 'no puedo dejar mi trabajo', [LLAMAR, DEFINICION, faqEs('la-trata-siempre-significa-estar-encerrado')]),
  es('sentence', '¿tengo que dar mi nombre?', [QUE_PASA]),
  es('sentence', '¿cómo puedo donar?', DONAR),
]
