import {spawn} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'

export interface BuildMeasurement {
  ok: boolean
  wallMs: number
  /** Highest resident memory of the build's processes together, in bytes. */
  peakRssBytes: number
  /** Highest resident memory of each program in the build (node, pagefind…), in bytes. */
  peakRssByProgram: Record<string, number>
  /** Milliseconds from the start of the build to each log line that marks a phase. */
  marks: Record<string, number>
  output: string
}

async function descendants(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')
  const direct = children.split(' ').filter(Boolean).map(Number)
  return [pid, ...(await Promise.all(direct.map(descendants))).flat()]
}

/** Resident memory of each process, by program name. */
async function rssOf(pids: number[]): Promise<Array<[string, number]>> {
  return Promise.all(
    pids.map(async (pid): Promise<[string, number]> => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
      const name = /^Name:\s+(\S+)/m.exec(status)?.[1] ?? 'unknown'
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
      return [name, kb ? Number(kb) * 1024 : 0]
    }),
  )
}

/**
 * Runs a build (the site's `src/build/build-cli.ts`, or `astro build` for the baseline) in a child
 * process and measures it: wall time, peak memory of the process tree (sampled every 50 ms from
 * /proc), and when phase lines appear in its log.
 */
export async function measureBuild(
  {command, cwd, env, phases}: {command: [string, ...string[]]; cwd: string; env: NodeJS.ProcessEnv; phases: Record<string, RegExp>},
  onLine: (line: string) => void = () => {},
): Promise<BuildMeasurement> {
  const started = performance.now()
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const marks: Record<string, number> = {}
  let output = ''
  const read = (line: string) => {
    output += `${line}\n`
    for (const [name, pattern] of Object.entries(phases)) {
      if (marks[name] === undefined && pattern.test(line)) marks[name] = performance.now() - started
    }
    onLine(line)
  }
  createInterface({input: child.stdout}).on('line', read)
  createInterface({input: child.stderr}).on('line', read)
  let peakRssBytes = 0
  const peakRssByProgram: Record<string, number> = {}
  const sampler = setInterval(async () => {
    if (!child.pid) return
    const sample = await rssOf(await descendants(child.pid))
    peakRssBytes = Math.max(peakRssBytes, sample.reduce((sum, [, bytes]) => sum + bytes, 0))
    const byProgram: Record<string, number> = {}
    for (const [name, bytes] of sample) byProgram[name] = (byProgram[name] ?? 0) + bytes
    for (const [name, bytes] of Object.entries(byProgram)) peakRssByProgram[name] = Math.max(peakRssByProgram[name] ?? 0, bytes)
  }, 50)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  return {ok: code === 0, wallMs: performance.now() - started, peakRssBytes, peakRssByProgram, marks, output}
}
