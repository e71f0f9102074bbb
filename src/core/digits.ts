/** Digits written full width (`２０２６`, `１．`, as some agencies' Word files have them) as ASCII digits; other characters kept. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}
