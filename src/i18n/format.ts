/** Fills `{name}` placeholders from `params`; unknown ones stay visible so a missing value is noticed, not hidden. */
export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
