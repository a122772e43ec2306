// Short text for people: a string cut to a width, an age, a size. Pure; "now" comes in.

/** `text` in at most `width` characters (code points: a surrogate pair is never split), an ellipsis where it was cut. */
export function fit(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? '…'.slice(0, width) : `${chars.slice(0, width - 1).join('')}…`;
}

/** `text` on one line (runs of whitespace become one space), in at most `max` characters. */
export function clip(text: string, max: number): string {
  return fit(text.replace(/\s+/g, ' ').trim(), max);
}

export function formatAge(fromIso: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - Date.parse(fromIso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
