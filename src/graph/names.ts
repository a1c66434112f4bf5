/** How names are matched: case and surrounding white space do not matter. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
