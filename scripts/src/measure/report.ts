import {mkdir, writeFile} from 'node:fs/promises'
import {cpus, platform, release, totalmem} from 'node:os'
import {join} from 'node:path'

/** Where the benchmarks write their reports. */
export const REPORTS_DIR = join(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks')

export interface Machine {
  platform: string
  cpus: string
  memoryGiB: number
  node: string
}

/** The machine a figure is measured on, for the report beside it. */
export function thisMachine(): Machine {
  return {platform: `${platform()} ${release()}`, cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version}
}

/** The line under a report's title that says where and when it was measured. */
export function machineLine(machine: Machine, date: string): string {
  return `Machine: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}. Run: ${date.slice(0, 10)}.`
}

/** Writes `docs/benchmarks/<name>.json` (the figures) and `<name>.md` (the report). */
export async function writeReport(name: string, figures: unknown, markdown: string): Promise<void> {
  await mkdir(REPORTS_DIR, {recursive: true})
  await writeFile(join(REPORTS_DIR, `${name}.json`), JSON.stringify(figures, null, 2) + '\n')
  await writeFile(join(REPORTS_DIR, `${name}.md`), markdown)
}
