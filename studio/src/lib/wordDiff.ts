/** One run of words in a diff: kept (in both), added (only in the compared text) or removed (only in the reference). */
export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Word-level diffs beyond this many word pairs are not computed (the texts are shown as they are). */
export const MAX_DIFF_CELLS = 4_000_000;

/** Splits into words and the whitespace after them, so joining the parts gives the text back. */
export function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * The difference from `reference` to `text` word by word (longest common subsequence of words, compared
 * without their trailing whitespace); null when the texts are too long to compare.
 */
export function wordDiff(reference: string, text: string): DiffPart[] | null {
  const a = words(reference);
  const b = words(text);
  if (a.length * b.length > MAX_DIFF_CELLS) return null;
  const key = (w: string) => w.trimEnd();
  const n = a.length;
  const m = b.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = key(a[i]) === key(b[j]) ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += word;
    else parts.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]) === key(b[j])) {
      push("same", b[j]);
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
      push("removed", a[i++]);
    } else {
      push("added", b[j++]);
    }
  }
  while (i < n) push("removed", a[i++]);
  while (j < m) push("added", b[j++]);
  return parts;
}
