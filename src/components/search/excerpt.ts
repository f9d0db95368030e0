const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Turns a Pagefind excerpt (escaped text with `<mark>` around the matched words) into DOM nodes without ever parsing
 * it as HTML: everything but the marks becomes text.
 */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).flatMap((part): Node[] => {
    if (part === '') return [];
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    const text = decode((marked?.[1] ?? part).replace(/<[^>]*>/g, ''));
    if (!marked) return [doc.createTextNode(text)];
    const mark = doc.createElement('mark');
    mark.textContent = text;
    return [mark];
  });
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}
