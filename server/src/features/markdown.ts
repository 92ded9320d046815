/** Markdown helpers for hover text. */

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Escapes text but turns bare URLs and DOIs into links. */
export function withLinks(text: string): string {
  // A link ends before the punctuation that ends its sentence ("see https://example.org/a.").
  const parts = text.split(/((?:https?:\/\/|www\.)[^\s>)\]]*[^\s>)\].,;:!?]|doi:\s?10\.\S*[^\s.,;:!?])/i);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeMarkdown(part);
      const url = part.startsWith('doi:') ? `https://doi.org/${part.slice(4).trim()}` : part.startsWith('www.') ? `https://${part}` : part;
      return `[${escapeMarkdown(part)}](${url.replace(/[()]/g, encodeURIComponent)})`;
    })
    .join('');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A Markdown block quote of plain text. */
export function quote(text: string): string {
  return `> ${escapeMarkdown(text)}`;
}
