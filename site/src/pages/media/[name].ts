import type {APIRoute, GetStaticPaths, InferGetStaticPropsType} from 'astro'
import {mediaBytes} from '../../content/media'
import {getReports} from '../../content/read'

/** Report PDFs and cover images, copied into the built site so visitors never fetch them elsewhere. */
export const getStaticPaths = (async () => {
  const files = (await getReports()).flatMap((report) => [report.pdf, report.cover].filter((file) => file !== undefined))
  const unique = new Map(files.map((file) => [file.href, file]))
  return [...unique.values()].map((file) => ({params: {name: file.href.replace(/^\/media\//, '')}, props: {file}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({props: {file}}) => {
  const bytes = await mediaBytes(file)
  return new Response(new Uint8Array(bytes), {
    headers: {'Content-Type': file.kind === 'file' ? 'application/pdf' : 'image/webp'},
  })
}
