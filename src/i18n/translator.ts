/**
 * A lookup function over one flat table that fills `{name}` placeholders. Each feature keeps its
 * strings in its own table (src/i18n/<area>.ts), so a page ships only the strings it shows. In a
 * module of its own so that importing it never brings another table along.
 */
export function translator<T extends Record<string, string>>(table: T) {
  return (key: keyof T, values: Record<string, string | number> = {}): string =>
    String(table[key]).replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
