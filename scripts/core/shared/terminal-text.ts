// Text from a workflow (written by anyone who could write the store: a teammate, a remote, a
// committed file) reaches terminals and Claude Code's UI. Control characters would act there
// (ESC sequences set titles, write the clipboard with OSC 52, clear the screen; BEL; CR hides
// what came before on the line), and bidirectional overrides reorder what is shown. Both go;
// tabs and newlines stay.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Every string in a JSON-like value, stripped; the structure as it was. */
export function stripControlDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => stripControlDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlDeep(item)])) as T;
  }
  return value;
}
