import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {SITE_ROOT} from './fixture'

export interface BuildResult {
  ok: boolean
  output: string
}

/**
 * Runs the site's build (`src/build/build-cli.ts`: Astro, then Pagefind) in a child process, as deployment does, into `outDir`;
 * `args` adds options, such as `--preview <id>`.
 */
export function buildSite(outDir: string, env: Record<string, string | undefined>, args: string[] = []): Promise<BuildResult> {
  const clean: NodeJS.ProcessEnv = {...process.env}
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_HOST', 'SANITY_READ_TOKEN', 'SANITY_API_VERSION', 'CONTENT_FILE']) delete clean[name]
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(SITE_ROOT, 'src', 'build', 'build-cli.ts'), '--out', outDir, ...args],
      {cwd: SITE_ROOT, env: {...clean, ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', ...env}, maxBuffer: 64 * 1024 * 1024},
      (error, stdout, stderr) => resolve({ok: !error, output: `${stdout}\n${stderr}`}),
    )
  })
}
