import {PDFDocument, StandardFonts, rgb} from 'pdf-lib'
import sharp from 'sharp'

/**
 * Sample report files. The reports in the embedded dataset are samples, and so are their PDFs
 * and cover images: each says so on its face.
 */

const FIXED_DATE = new Date('2025-01-01T00:00:00Z')

export async function samplePdf(title: string, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setAuthor('Cast (sample)')
  pdf.setProducer('Cast website seed')
  pdf.setCreator('Cast website seed')
  pdf.setCreationDate(FIXED_DATE)
  pdf.setModificationDate(FIXED_DATE)
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let number = 1; number <= pages; number++) {
    const page = pdf.addPage([612, 792])
    page.drawText(title, {x: 72, y: 700, size: 20, font, color: rgb(0.05, 0.3, 0.33)})
    page.drawText('SAMPLE DOCUMENT - NOT A CAST PUBLICATION', {x: 72, y: 660, size: 12, font})
    page.drawText(`Page ${number} of ${pages}`, {x: 72, y: 72, size: 10, font})
  }
  return pdf.save({useObjectStreams: false})
}

export async function sampleCover(title: string): Promise<Buffer> {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b4f54"/>
  <rect x="60" y="60" width="1080" height="510" fill="none" stroke="#ffffff" stroke-width="4"/>
  <text x="600" y="300" font-family="sans-serif" font-size="56" fill="#ffffff" text-anchor="middle">${escaped}</text>
  <text x="600" y="380" font-family="sans-serif" font-size="32" fill="#ffffff" text-anchor="middle">SAMPLE</text>
</svg>`
  return sharp(Buffer.from(svg)).png({compressionLevel: 9, palette: true}).toBuffer()
}
