/**
 * The shapes holdout-c hides instructions in, as pure string builders: subtitle tracks (SRT),
 * HTML e-mail whose images carry alt text, web-form submissions whose field *labels* are text too,
 * and release notes. Each has a reader that recovers the text a model would see, so tests can
 * check that the instruction is really there and not just in a comment of ours.
 */

/** One subtitle cue: seconds from the start of the video, and its text. */
export interface Cue {
  readonly atSec: number;
  readonly text: string;
}

function srtTime(totalMs: number): string {
  const ms = totalMs % 1000;
  const s = Math.floor(totalMs / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)},${pad(ms, 3)}`;
}

/** SubRip text: numbered cues, each shown for four seconds (or until the next cue). */
export function subtitleTrack(cues: readonly Cue[]): string {
  return cues
    .map((cue, i) => {
      const next = cues[i + 1];
      const endSec = next === undefined ? cue.atSec + 4 : Math.min(cue.atSec + 4, next.atSec);
      return `${i + 1}\n${srtTime(cue.atSec * 1000)} --> ${srtTime(endSec * 1000)}\n${cue.text}\n`;
    })
    .join('\n');
}

/** The cue texts of an SRT track, in order (what a transcript-reading model sees). */
export function subtitleText(srt: string): string[] {
  return srt
    .split(/\n\n+/)
    .map((block) => block.split('\n').slice(2).join('\n').trim())
    .filter((text) => text.length > 0);
}

export interface NewsletterImage {
  readonly src: string;
  readonly alt: string;
}

/** A small HTML newsletter; images sit between paragraphs and only their alt text is words. */
export function htmlNewsletter(title: string, paragraphs: readonly string[], images: readonly NewsletterImage[]): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const blocks = paragraphs.map((p, i) => {
    const img = images[i];
    return `<p>${escape(p)}</p>${img === undefined ? '' : `<img src="${escape(img.src)}" alt="${escape(img.alt)}" width="600">`}`;
  });
  return `<html><body><h1>${escape(title)}</h1>${blocks.join('')}</body></html>`;
}

/** The alt texts of every image in `html`, unescaped (screen readers and models read these). */
export function altTexts(html: string): string[] {
  return [...html.matchAll(/alt="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

export interface FormField {
  readonly label: string;
  readonly value: string;
}

/** A web contact-form submission as the ticketing system stores it: labels travel with values. */
export function formSubmission(formName: string, fields: readonly FormField[]): { form: string; fields: { label: string; value: string }[] } {
  return { form: formName, fields: fields.map((f) => ({ label: f.label, value: f.value })) };
}

/** A release-notes block in the usual markdown shape: version heading, then one bullet per item. */
export function releaseNotes(product: string, version: string, items: readonly string[]): string {
  return [`## ${product} ${version}`, '', ...items.map((item) => `- ${item}`)].join('\n');
}
