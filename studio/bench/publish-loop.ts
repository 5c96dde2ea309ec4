/**
 * The publish loop as staff live it, timed: in the built Studio in Chromium, against the Content
 * Lake stand-in, with the rebuild service building from it. Each round edits an FAQ answer, opens
 * the Preview view until it shows the edit, publishes, and waits for the public page and the
 * badge. Ten rounds (or the number given) on the embedded dataset and on 1,000 generated documents.
 *
 *   pnpm bench:publish-loop [rounds]
 *
 * Writes docs/benchmarks/publish-loop.json and .md.
 */
import {formatNdjson, type DatasetDocument} from '@cast/schemas/dataset'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {generateDataset} from 'scripts/dataset/generate'
import {machineLine, thisMachine, writeReport} from 'scripts/measure/report'
import {waitForText} from 'scripts/service/driver'
import {buildStudio} from '../test/support/build-studio'
import {publishOpenDocument} from '../test/support/publish'
import {addToAnswer, answerHas, liveBadge, openPreview, startPublishLoop, showForm, type PublishLoop} from '../test/support/publish-loop'
import {SETTLE_MS} from '../test/support/studio-page'
import {until} from '../test/support/until'

const ROUNDS = Number(process.argv[2] ?? 10)
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`Give the number of rounds as a whole number, at least 1 (got “${process.argv[2]}”): pnpm bench:publish-loop 10`)

/** The service's defaults, passed on so the report states what was measured (the publish-latency benchmark uses the same quiet window). */
const SERVICE = {QUIET_MS: 1000, PREVIEW_QUIET_MS: 300}
/** The issue's goals on the embedded dataset. */
const GOALS_MS = {webhookToServed: 3000, previewRefresh: 4000}

const MEASURES = {
  previewRefresh: 'Preview refresh after an edit (the stand-in holds the draft → the Preview frame shows the text)',
  webhookToServed: 'Webhook to new text served (the stand-in sends the webhook → the public page serves the text)',
  clickToServed: 'Publish click → the public page serves the text',
  clickToLive: 'Publish click → the badge says Live',
} as const
type Measure = keyof typeof MEASURES
type Round = Record<Measure, number>

interface Figures {
  median: number
  worst: number
  all: number[]
}

function figures(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {median: Math.round(median), worst: Math.round(sorted.at(-1)!), all: values}
}

/**
 * One round: open the FAQ entry as staff do and wait until the form shows the last round's text,
 * edit, preview, publish, and the times staff would see.
 */
async function round(loop: PublishLoop, text: string, previous: string | undefined): Promise<Round> {
  const {studio, faq} = loop
  const draftHolds = (doc: DatasetDocument) => doc._id === `drafts.${faq.id}` && answerHas(text)(doc)
  await studio.open(`/intent/edit/id=${faq.id};type=faq`)
  await liveBadge(studio, 'Live').waitFor({timeout: SETTLE_MS})
  if (previous) await studio.page.getByTestId('field-answer').getByText(previous).waitFor({timeout: SETTLE_MS})
  await addToAnswer(studio, text)
  const saved = await until(() => studio.lake.documents().some(draftHolds), `the stand-in holds the draft of ${faq.id} with “${text}”`)
  const preview = await openPreview(studio)
  await preview.getByText(text).waitFor({timeout: SETTLE_MS})
  const previewed = Date.now()
  await showForm(studio)

  const deliveriesBefore = studio.lake.webhookDeliveries.length
  let clicked = 0
  await publishOpenDocument(studio, {
    what: `the FAQ ${faq.id}`,
    matches: (doc) => doc._id === faq.id || doc._id === `drafts.${faq.id}`,
    saved: answerHas(text),
    onPublish: (at) => (clicked = at),
  })
  await waitForText(`${loop.service.url}${faq.path}`, text, SETTLE_MS)
  const served = Date.now()
  // The page serves the new revision first, so a Live badge from now on is the new one's.
  await liveBadge(studio, 'Live').waitFor({timeout: SETTLE_MS})
  const live = Date.now()
  const delivery = studio.lake.webhookDeliveries.slice(deliveriesBefore).find((sent) => sent.documentId === faq.id)
  if (!delivery) throw new Error(`The stand-in sent no webhook for ${faq.id} after Publish: check the webhook settings (scripts/src/service/webhook-settings.ts).`)
  return {previewRefresh: previewed - saved, webhookToServed: served - delivery.sentAt, clickToServed: served - clicked, clickToLive: live - clicked}
}

interface DatasetRun {
  name: string
  faqId: string
  datasetFile?: string
}

async function measure(dist: string, {name, faqId, datasetFile}: DatasetRun): Promise<Record<Measure, Figures>> {
  console.error(`${name}: starting the Studio, the stand-in and the rebuild service (it builds a first release)…`)
  const loop = await startPublishLoop(dist, {faqId, ...(datasetFile ? {datasetFile} : {}), serviceEnv: {QUIET_MS: String(SERVICE.QUIET_MS), PREVIEW_QUIET_MS: String(SERVICE.PREVIEW_QUIET_MS)}})
  const rounds: Round[] = []
  try {
    let previous: string | undefined
    for (let index = 1; index <= ROUNDS; index++) {
      const text = `Benchmark round ${index} of ${ROUNDS}, ${Date.now()}.`
      rounds.push(await round(loop, text, previous))
      previous = text
      console.error(`${name}, round ${index}/${ROUNDS}: ${Object.entries(rounds.at(-1)!).map(([key, ms]) => `${key} ${ms} ms`).join(', ')}`)
    }
  } finally {
    await loop.close()
  }
  return Object.fromEntries(Object.keys(MEASURES).map((key) => [key, figures(rounds.map((done) => done[key as Measure]))])) as Record<Measure, Figures>
}

const work = await mkdtemp(join(tmpdir(), 'cast-bench-publish-loop-'))
try {
  console.error('Building the Studio with the test site’s address…')
  const dist = join(work, 'studio')
  await buildStudio(dist)
  const generated = join(work, 'dataset-1000.ndjson')
  await writeFile(generated, formatNdjson(await generateDataset({size: 1000})))
  const embedded = await measure(dist, {name: 'embedded dataset', faqId: 'faq-what-is-cast'})
  const thousand = await measure(dist, {name: '1,000 documents', faqId: 'faq-0', datasetFile: generated})

  const result = {date: new Date().toISOString(), machine: thisMachine(), rounds: ROUNDS, service: SERVICE, goalsMs: GOALS_MS, embedded, documents1000: thousand}
  const goal = (key: Measure) => {
    const limit = GOALS_MS[key as keyof typeof GOALS_MS]
    if (!limit) return ''
    return `≤ ${limit / 1000} s: ${embedded[key].median <= limit ? 'met' : 'missed'} by the median, ${embedded[key].worst <= limit ? 'met' : 'missed'} by the worst`
  }
  const rows = (Object.keys(MEASURES) as Measure[]).map(
    (key) => `| ${MEASURES[key]} | ${embedded[key].median} | ${embedded[key].worst} | ${goal(key)} | ${thousand[key].median} | ${thousand[key].worst} |`,
  )
  await writeReport(
    'publish-loop',
    result,
    `# The publish loop, as staff see it

The built Studio in Chromium against the Content Lake stand-in, which sends the webhook as Sanity does
(README settings); the rebuild service builds from the stand-in. ${ROUNDS} rounds per dataset, one after
another: edit an FAQ answer, open the Preview view until it shows the edit, publish, wait for the public
page and the badge. Milliseconds.

${machineLine(result.machine, result.date)}

| | embedded: median | embedded: worst | goal (embedded) | 1,000 documents: median | 1,000 documents: worst |
| --- | ---: | ---: | --- | ---: | ---: |
${rows.join('\n')}

The service runs with its defaults: a ${SERVICE.QUIET_MS} ms quiet window before a publish build (as in
[publish-latency.md](publish-latency.md)) and ${SERVICE.PREVIEW_QUIET_MS} ms before a preview build. The
Preview view asks for a build as it opens (here, after the edit is saved), and again 800 ms after typing
pauses. The Studio reads the site's \`build.json\` and \`/status\` every 5 s, and every second while a build
runs or changes wait, so the badge turns Live up to a second after the page serves the text when a poll
saw the build, and up to 5 s after when none did.
`,
  )
  for (const key of Object.keys(MEASURES) as Measure[]) {
    console.log(`${key}: embedded median ${embedded[key].median} ms, worst ${embedded[key].worst} ms; 1,000 documents median ${thousand[key].median} ms, worst ${thousand[key].worst} ms`)
  }
} finally {
  await rm(work, {recursive: true, force: true})
}
