import {chmod, mkdir, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {SCRIPTS_DIR} from '../../src/service/driver'

/**
 * A stand-in for the site package, for testing how the service runs builds (their environment,
 * process group, timeout) without Astro. Its build writes the files a release must have, plus
 * `env.json` with the environment it saw. What it does next is read from `<site>/mode` at each
 * build: `ok`; `hang` (start a grandchild, record its pid in `<site>/grandchild.pid`, never end);
 * `no-headers` (finish, but leave out `_headers`, which a release must have).
 * With `--preview <id>` it writes a preview as the site's does (`faq/<id>/index.html` saying
 * `Draft text of <id>`, an asset under `_astro/`, `_headers`, `preview.json`), as
 * `<site>/preview-mode` says: `ok`; `wait` (record its pid in `<site>/preview.pid`, then wait
 * for `<site>/preview-go` before writing); `fail` (`Build failed: …`, exit 1).
 */
export async function writeFakeSite(dir: string): Promise<string> {
  await mkdir(join(dir, 'src', 'build'), {recursive: true})
  await mkdir(join(dir, 'node_modules', '.bin'), {recursive: true})
  // tsx, which the service loads the site's commands with.
  await symlink(join(SCRIPTS_DIR, 'node_modules', 'tsx'), join(dir, 'node_modules', 'tsx'))
  const build = `
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
const site = ${JSON.stringify(dir)}
const args = process.argv.slice(2)
const out = args[args.indexOf('--out') === -1 ? args.indexOf('--outDir') + 1 : args.indexOf('--out') + 1]
const mode = readFileSync(join(site, 'mode'), 'utf8').trim()
const preview = args.includes('--preview') ? args[args.indexOf('--preview') + 1] : undefined
console.log('fake build: ' + (preview ? 'preview of ' + preview : mode))
if (preview) {
  const previewMode = existsSync(join(site, 'preview-mode')) ? readFileSync(join(site, 'preview-mode'), 'utf8').trim() : 'ok'
  if (previewMode === 'fail') {
    console.log('Build failed: the draft of ' + preview + ' has no slug')
    process.exit(1)
  }
  const write = () => {
    const path = '/faq/' + preview + '/'
    mkdirSync(join(out, path), {recursive: true})
    mkdirSync(join(out, '_astro'), {recursive: true})
    writeFileSync(join(out, path, 'index.html'), '<!doctype html><html><head><link rel="stylesheet" href="/preview/' + preview + '/_astro/site.css"></head><body>Draft text of ' + preview + '</body></html>')
    writeFileSync(join(out, '_astro/site.css'), 'body{color:black}')
    writeFileSync(join(out, '_headers'), "/*\\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\\n  X-Frame-Options: DENY\\n  X-Content-Type-Options: nosniff\\n")
    writeFileSync(join(out, 'preview.json'), JSON.stringify({documentId: preview, type: 'faq', path, rev: 'rev-' + preview, fromDraft: true, builtAt: new Date().toISOString()}))
  }
  if (previewMode === 'wait') {
    writeFileSync(join(site, 'preview.pid'), String(process.pid))
    const poll = setInterval(() => {
      if (!existsSync(join(site, 'preview-go'))) return
      clearInterval(poll)
      write()
    }, 50)
  } else {
    write()
  }
} else if (mode === 'hang') {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'})
  writeFileSync(join(site, 'grandchild.pid'), String(child.pid))
  setInterval(() => {}, 1000)
} else {
  for (const dir of ['faq', 'pagefind']) mkdirSync(join(out, dir), {recursive: true})
  const html = '<!doctype html><html><body>fake</body></html>'
  for (const file of ['index.html', 'faq/index.html', '404.html']) writeFileSync(join(out, file), html)
  writeFileSync(join(out, 'pagefind/pagefind.js'), '//')
  if (mode !== 'no-headers') writeFileSync(join(out, '_headers'), '/*\\n  X-Fake: 1\\n')
  writeFileSync(join(out, 'build.json'), JSON.stringify({builtAt: new Date().toISOString(), fingerprint: 'fake', nextChangeAt: null}))
  writeFileSync(join(out, 'env.json'), JSON.stringify(process.env))
}
`
  await writeFile(join(dir, 'src', 'build', 'build-cli.ts'), build)
  await writeFile(join(dir, 'src', 'build', 'fingerprint-cli.ts'), `console.log(JSON.stringify({fingerprint: 'fake'}))\n`)
  // How the service started builds before `src/build/build-cli.ts`: `node_modules/.bin/astro build --outDir <dir>`.
  const astro = join(dir, 'node_modules', '.bin', 'astro')
  await writeFile(astro, `#!/bin/sh\nexec "${process.execPath}" --import tsx "${join(dir, 'src', 'build', 'build-cli.ts')}" "$@"\n`)
  await chmod(astro, 0o755)
  await setFakeMode(dir, 'ok')
  return dir
}

export const setFakeMode = (dir: string, mode: 'ok' | 'hang' | 'no-headers') => writeFile(join(dir, 'mode'), mode)

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export const setFakePreviewMode = (dir: string, mode: 'ok' | 'wait' | 'fail') => writeFile(join(dir, 'preview-mode'), mode)
