/** Text made safe inside HTML or SVG markup, an element's content or a quoted attribute. Imports nothing: vite.config.ts loads a module that uses it. */
export function escapeMarkup(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
